using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Search;

/// <summary>
/// The ESCO occupations a search text names, in any of the five languages ("spawacz", "lasser", "soudeur" → welder).
/// Kept only when the label match is strong and close to the best, so a vague word does not drag in half the taxonomy.
/// </summary>
public sealed class OccupationExpansion(ITaxonomy taxonomy)
{
    public const int MaxOccupations = 5;
    private const double MinimumScore = 0.7;
    private const double ShareOfBest = 0.9;

    public IReadOnlyList<EscoOccupation> Expand(string? text, TaxonomyLanguage language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var matches = taxonomy.SearchOccupations(text, language, MaxOccupations);
        if (matches.Count == 0 || matches[0].Score < MinimumScore)
        {
            return [];
        }

        var floor = Math.Max(MinimumScore, matches[0].Score * ShareOfBest);
        return [.. matches.Where(m => m.Score >= floor).Select(m => m.Occupation)];
    }
}
