using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// The share of the vacancy's essential and of its optional skills the candidate holds, on the ESCO skill concepts
/// themselves, so the counts in the arguments ("3 of 8") are what a person can check in their own profile. The credit
/// weighs each skill by its <see cref="SkillSpecificity"/>: holding the rare skills of a job counts more than holding
/// the ones every job lists. The essential-skill credit is half that coverage and half its mirror, the share of the
/// candidate's own skills the job uses: a specialist whose skills the job hardly uses is not its best fit just
/// because a few generic skills cover a short list (this lifted recall@10 and MRR above BM25, docs/matching.md).
/// </summary>
internal static class SkillFit
{
    public static IEnumerable<Assessment> Assess(ITaxonomy taxonomy, Candidate candidate, Vacancy vacancy)
    {
        var held = candidate.Skills.ToHashSet();
        var essential = Coverage(taxonomy, held, vacancy, SkillRelation.Essential, CriterionCodes.EssentialSkills,
            MatchWeights.EssentialSkills);
        if (essential is { } e)
        {
            yield return e;
        }

        var optional = Coverage(taxonomy, held, vacancy, SkillRelation.Optional, CriterionCodes.OptionalSkills,
            MatchWeights.OptionalSkills);
        if (optional is { } o)
        {
            yield return o;
        }
    }

    private static Assessment? Coverage(ITaxonomy taxonomy, HashSet<SkillUri> held, Vacancy vacancy, SkillRelation relation, string code,
        double weight)
    {
        var asked = vacancy.Skills.Where(s => s.Relation == relation).Select(s => s.Skill).Distinct().ToList();
        if (asked.Count == 0)
        {
            return null;
        }

        var have = asked.Count(held.Contains);
        var coverage = asked.Where(held.Contains).Sum(s => SkillSpecificity.Of(taxonomy, s))
            / asked.Sum(s => SkillSpecificity.Of(taxonomy, s));
        var all = vacancy.Skills.Select(s => s.Skill).ToHashSet();
        var relevance = held.Count == 0 ? 0 : held.Where(all.Contains).Sum(s => SkillSpecificity.Of(taxonomy, s))
            / held.Sum(s => SkillSpecificity.Of(taxonomy, s));
        var credit = relation == SkillRelation.Essential ? (0.5 * coverage) + (0.5 * relevance) : coverage;
        return Assessment.Of(code, Assessment.StatusFor(credit), weight, credit,
            [Argument.Of(have), Argument.Of(asked.Count)], Obstacles.Skills);
    }
}
