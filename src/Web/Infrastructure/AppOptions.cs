namespace TalentMatch.Web.Infrastructure;

public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>
    /// The address people reach the site on, for links in e-mails (e.g. https://talentmatch.leiden.nl).
    /// Empty: taken from the current request, which is right for a single instance on localhost.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
