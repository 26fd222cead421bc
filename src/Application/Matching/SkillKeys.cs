using System.Collections.Concurrent;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Matching;

/// <summary>
/// A small number per skill URI for the prepared skill facts, so scoring a pair compares numbers, not URIs (alert
/// matching scores millions of pairs; hashing a 70-character URI was most of a score). Process-wide and only ever
/// growing: the keys are the ESCO skills (about 14,000) and whatever skills profiles and vacancies name, so it stays
/// small. Only equality of two keys means anything.
/// </summary>
internal static class SkillKeys
{
    private static readonly ConcurrentDictionary<SkillUri, int> Keys = new();

    public static int Of(SkillUri skill) =>
        Keys.TryGetValue(skill, out var key) ? key : Keys.GetOrAdd(skill, _ => Interlocked.Increment(ref _next));

    private static int _next;
}
