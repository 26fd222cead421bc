using System.Collections.Concurrent;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Matching;

/// <summary>
/// A small number per skill and per occupation URI for the prepared pair (<see cref="PreparedCandidate"/>,
/// <see cref="PreparedVacancy"/>), so scoring compares numbers, not URIs: alert matching scores millions of pairs and
/// hashing 70-character URIs was most of a score. Process-wide and only ever growing, but the keys are the ESCO
/// concepts (about 14,000 skills and 3,000 occupations) and whatever profiles and vacancies name, so it stays small.
/// Only the equality of two keys means anything.
/// </summary>
internal static class ConceptKeys
{
    private static readonly ConcurrentDictionary<string, int> Keys = new(StringComparer.Ordinal);
    private static int _next;

    public static int Of(SkillUri skill) => Of("s" + skill.Value);

    public static int Of(OccupationUri occupation) => Of("o" + occupation.Value);

    private static int Of(string key) =>
        Keys.TryGetValue(key, out var id) ? id : Keys.GetOrAdd(key, _ => Interlocked.Increment(ref _next));
}
