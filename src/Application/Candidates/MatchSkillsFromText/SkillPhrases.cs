using TalentMatch.Application.Taxonomy;

namespace TalentMatch.Application.Candidates.MatchSkillsFromText;

/// <summary>Free text cut into the phrases a person lists skills in.</summary>
public static class SkillPhrases
{
    private static readonly char[] Separators = [',', ';', '\n', '\r', '•', '·', '|'];

    public static IEnumerable<string> Of(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Trim('-', '*', '.', ' ', '\t'))
            .Where(p => p.Length > 1)
            .Select(p => p.Length <= TaxonomySearchLimits.QueryMaxLength ? p : p[..TaxonomySearchLimits.QueryMaxLength])
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
