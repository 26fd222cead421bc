using System.Text.RegularExpressions;
using System.Xml.Linq;
using TalentMatch.Web.Pages.Candidate;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

/// <summary>
/// The profile's option texts and page-model messages come from code, not views, so TranslationTests cannot see them:
/// every one needs its Dutch in Resources/SharedResource.nl.resx.
/// </summary>
public sealed partial class ProfileTranslationTests
{
    [Fact]
    public void EveryChoiceText_HasDutch() =>
        ProfileChoices.All.Select(c => c.Text).Distinct().Where(t => !Dutch().ContainsKey(t)).ShouldBeEmpty();

    [Fact]
    public void EveryPageModelMessage_HasDutch()
    {
        var code = string.Concat(Directory.EnumerateFiles(Path.Combine(Web(), "Pages", "Candidate"), "*.cs").Select(File.ReadAllText));
        var keys = Message().Matches(code).Select(m => m.Groups[1].Value).Distinct().ToList();

        keys.ShouldContain("Your profile has been saved.");
        keys.ShouldContain("Enter a whole number.");
        keys.Where(k => !Dutch().ContainsKey(k)).ShouldBeEmpty();
    }

    private static Dictionary<string, string> Dutch() =>
        XDocument.Load(Path.Combine(Web(), "Resources", "SharedResource.nl.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string Web()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TalentMatch.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("TalentMatch.sln not found."), "src", "Web");
    }

    [GeneratedRegex(@"(?:texts\[|typos\[field\] = )""([^""]+)""")]
    private static partial Regex Message();
}
