using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// The share of the vacancy's essential and of its optional skills the candidate holds, counted on the ESCO skill
/// concepts themselves: what a person can check in their own profile, so every point is explainable.
/// </summary>
internal static class SkillFit
{
    public static IEnumerable<Assessment> Assess(Candidate candidate, Vacancy vacancy)
    {
        var held = candidate.Skills.ToHashSet();
        var essential = Coverage(held, vacancy, SkillRelation.Essential, CriterionCodes.EssentialSkills,
            MatchWeights.EssentialSkills);
        if (essential is { } e)
        {
            yield return e;
        }

        var optional = Coverage(held, vacancy, SkillRelation.Optional, CriterionCodes.OptionalSkills,
            MatchWeights.OptionalSkills);
        if (optional is { } o)
        {
            yield return o;
        }
    }

    private static Assessment? Coverage(HashSet<SkillUri> held, Vacancy vacancy, SkillRelation relation, string code,
        double weight)
    {
        var asked = vacancy.Skills.Where(s => s.Relation == relation).Select(s => s.Skill).Distinct().ToList();
        if (asked.Count == 0)
        {
            return null;
        }

        var have = asked.Count(held.Contains);
        var credit = (double)have / asked.Count;
        return Assessment.Of(code, Assessment.StatusFor(credit), weight, credit,
            [Argument.Of(have), Argument.Of(asked.Count)], Obstacles.Skills);
    }
}
