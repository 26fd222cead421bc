using TalentMatch.Application.Places;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Search;

/// <summary>
/// The ESCO occupations a search text names, in any of the five languages ("spawacz", "lasser", "soudeur" → welder).
/// Kept only when the label match is strong, close to the best, and the matched label is about as long as the
/// words asked (one common word inside a long title is not a job title). Place names ("lasser leiden") and function
/// words ("de", "van") are left out of the lookup; the engine still matches the whole text as words.
/// </summary>
public sealed class OccupationExpansion(ITaxonomy taxonomy, IPlaceDirectory places)
{
    public const int MaxOccupations = 5;
    private const double MinimumScore = 0.7;
    private const double ShareOfBest = 0.9;

    /// <summary>A label may have this many words more than the text that matched it.</summary>
    private const int ExtraLabelWords = 2;

    public IReadOnlyList<EscoOccupation> Expand(string? text, TaxonomyLanguage language)
    {
        var words = Words(text);
        if (words.Count > 1)
        {
            words = [.. words.Where(w => places.Find(w) is null)];
        }

        words = [.. words.Where(w => !FunctionWords.Contains(w))];
        if (words.Count == 0)
        {
            return [];
        }

        var matches = taxonomy.SearchOccupations(string.Join(' ', words), language, MaxOccupations)
            .Where(m => Words(m.MatchedLabel).Count <= words.Count + ExtraLabelWords).ToList();
        if (matches.Count == 0 || matches[0].Score < MinimumScore)
        {
            return [];
        }

        var floor = Math.Max(MinimumScore, matches[0].Score * ShareOfBest);
        return [.. matches.Where(m => m.Score >= floor).Select(m => m.Occupation)];
    }

    private static List<string> Words(string? text) =>
        [.. (text ?? string.Empty).Split([' ', ',', '.', ';', '/', '-', '(', ')', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())];
}
