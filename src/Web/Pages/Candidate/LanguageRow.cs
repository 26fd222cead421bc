namespace TalentMatch.Web.Pages.Candidate;

/// <summary>One language line of the profile form; a line with neither field filled in is left out.</summary>
public sealed class LanguageRow
{
    public string Language { get; set; } = string.Empty;

    public string Level { get; set; } = string.Empty;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Language) && string.IsNullOrWhiteSpace(Level);
}
