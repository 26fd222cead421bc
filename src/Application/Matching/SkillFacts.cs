using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// A vacancy's skills as <see cref="SkillFit"/> weighs them, worked out once: the distinct essential and optional
/// skills in order with their <see cref="SkillSpecificity"/> and totals. Alert matching scores one vacancy against
/// thousands of candidates, so it prepares this once (<see cref="MatchScorer.Prepare(Vacancy)"/>); every score goes
/// through it, so a prepared and an unprepared score are the same to the last bit.
/// </summary>
public sealed class VacancySkillFacts
{
    internal VacancySkillFacts(ITaxonomy taxonomy, Vacancy vacancy)
    {
        Vacancy = vacancy;
        Essential = Asked.Of(taxonomy, vacancy, SkillRelation.Essential);
        Optional = Asked.Of(taxonomy, vacancy, SkillRelation.Optional);
        All = [.. vacancy.Skills.Select(s => s.Skill)];
    }

    public Vacancy Vacancy { get; }

    internal Asked Essential { get; }

    internal Asked Optional { get; }

    internal HashSet<SkillUri> All { get; }

    /// <summary>In order, one by one, as the unprepared LINQ sums ran (floating-point addition is not associative).</summary>
    internal static double Sum(double[] values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    internal sealed record Asked(SkillUri[] Skills, double[] Specificity, double Total)
    {
        public static Asked Of(ITaxonomy taxonomy, Vacancy vacancy, SkillRelation relation)
        {
            var skills = vacancy.Skills.Where(s => s.Relation == relation).Select(s => s.Skill).Distinct().ToArray();
            var specificity = skills.Select(s => SkillSpecificity.Of(taxonomy, s)).ToArray();
            return new Asked(skills, specificity, Sum(specificity));
        }
    }
}

/// <summary>A candidate's skills as <see cref="SkillFit"/> weighs them, worked out once (see <see cref="VacancySkillFacts"/>).</summary>
public sealed class CandidateSkillFacts
{
    internal CandidateSkillFacts(ITaxonomy taxonomy, Candidate candidate)
    {
        Candidate = candidate;
        Held = candidate.Skills.ToHashSet();
        Skills = [.. Held];
        Specificity = [.. Skills.Select(s => SkillSpecificity.Of(taxonomy, s))];
        Total = VacancySkillFacts.Sum(Specificity);
    }

    public Candidate Candidate { get; }

    internal HashSet<SkillUri> Held { get; }

    /// <summary>In the set's order, as the unprepared sums ran.</summary>
    internal SkillUri[] Skills { get; }

    internal double[] Specificity { get; }

    internal double Total { get; }
}
