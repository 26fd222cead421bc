namespace TalentMatch.Web.AcceptanceTests.Browser;

/// <summary>
/// A test that needs Debian's Chromium. Skipped (with the reason) where no Chromium is installed, unless
/// TALENTMATCH_REQUIRE_BROWSER is set, as ./test.sh and CI do: there a missing browser is a failure.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && Environment.GetEnvironmentVariable("TALENTMATCH_REQUIRE_BROWSER") is null)
        {
            Skip = $"No Chromium at {BrowserFixture.ChromiumPath}: run ./test.sh, which installs Debian's chromium.";
        }
    }
}
