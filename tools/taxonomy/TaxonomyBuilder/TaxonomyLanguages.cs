namespace TalentMatch.Tools.Taxonomy;

internal static class TaxonomyLanguages
{
    /// <summary>Languages of occupation labels, in output order; English is the reference.</summary>
    public static IReadOnlyList<string> Occupations { get; } = ["en", "nl", "pl", "fr", "es"];

    /// <summary>ESCO has no Dutch or Polish skill labels in the shared data.</summary>
    public static IReadOnlyList<string> Skills { get; } = ["en", "fr", "es"];

    /// <summary>ISCO group labels.</summary>
    public static IReadOnlyList<string> IscoGroups { get; } = ["en", "nl", "pl"];
}
