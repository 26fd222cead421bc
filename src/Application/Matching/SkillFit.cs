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
    public static void Assess(PreparedCandidate candidate, PreparedVacancy vacancy, ref ScoreSheet sheet)
    {
        Coverage(candidate, vacancy, vacancy.Essential, CriterionCodes.EssentialSkills, MatchWeights.EssentialSkills, true, ref sheet);
        Coverage(candidate, vacancy, vacancy.Optional, CriterionCodes.OptionalSkills, MatchWeights.OptionalSkills, false, ref sheet);
    }

    private static void Coverage(PreparedCandidate candidate, PreparedVacancy vacancy, PreparedVacancy.Asked asked,
        string code, double weight, bool essential, ref ScoreSheet sheet)
    {
        if (asked.Skills.Length == 0)
        {
            return;
        }

        var have = 0;
        var covered = 0.0;
        for (var i = 0; i < asked.Skills.Length; i++)
        {
            if (candidate.Held.Contains(asked.Skills[i]))
            {
                have++;
                covered += asked.Specificity[i];
            }
        }

        var coverage = covered / asked.Total;
        var credit = essential ? (0.5 * coverage) + (0.5 * Relevance(candidate, vacancy)) : coverage;
        sheet.Add(weight, credit);
        if (sheet.Explains)
        {
            sheet.Explain(code, ScoreSheet.StatusFor(credit), [Argument.Of(have), Argument.Of(asked.Skills.Length)], Obstacles.Skills);
        }
    }

    /// <summary>The share of the candidate's own skills (by specificity) that the job uses.</summary>
    private static double Relevance(PreparedCandidate candidate, PreparedVacancy vacancy)
    {
        if (candidate.Skills.Length == 0)
        {
            return 0;
        }

        var used = 0.0;
        for (var i = 0; i < candidate.Skills.Length; i++)
        {
            if (vacancy.All.Contains(candidate.Skills[i]))
            {
                used += candidate.Specificity[i];
            }
        }

        return used / candidate.Total;
    }
}
