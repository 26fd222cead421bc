using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// A vacancy as the scorer compares it, worked out once: the distinct essential and optional skills in order with
/// their <see cref="SkillSpecificity"/> and totals (<see cref="SkillFit"/>), and its occupation's place in ESCO
/// (<see cref="OccupationFit"/>), with URIs as <see cref="ConceptKeys"/>. Alert matching scores one vacancy against
/// thousands of candidates, so it prepares this once (<see cref="MatchScorer.Prepare(Vacancy)"/>); every score goes
/// through it, so a prepared and an unprepared score are the same to the last bit. A snapshot: prepare again after a change.
/// </summary>
public sealed class PreparedVacancy
{
    internal PreparedVacancy(ITaxonomy taxonomy, Vacancy vacancy)
    {
        Vacancy = vacancy;
        Essential = Asked.Of(taxonomy, vacancy, SkillRelation.Essential);
        Optional = Asked.Of(taxonomy, vacancy, SkillRelation.Optional);
        All = [.. vacancy.Skills.Select(s => ConceptKeys.Of(s.Skill))];
        Occupation = vacancy.Occupation is { } occupation ? PreparedOccupation.Of(taxonomy, occupation) : null;
        Hours = vacancy.Hours;
        Location = vacancy.Location;
    }

    public Vacancy Vacancy { get; }

    /// <summary><see cref="Vacancy.Hours"/>, made once (the entity makes a new value each time).</summary>
    internal HoursRange? Hours { get; }

    /// <summary><see cref="Vacancy.Location"/>, made once.</summary>
    internal VacancyLocation? Location { get; }

    internal PreparedOccupation? Occupation { get; }

    internal Asked Essential { get; }

    internal Asked Optional { get; }

    /// <summary>Every skill the vacancy names, as <see cref="ConceptKeys"/>.</summary>
    internal HashSet<int> All { get; }

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

    /// <param name="Skills">As <see cref="ConceptKeys"/>, in the vacancy's order.</param>
    internal sealed record Asked(int[] Skills, double[] Specificity, double Total)
    {
        public static Asked Of(ITaxonomy taxonomy, Vacancy vacancy, SkillRelation relation)
        {
            var skills = vacancy.Skills.Where(s => s.Relation == relation).Select(s => s.Skill).Distinct().ToArray();
            var specificity = skills.Select(s => SkillSpecificity.Of(taxonomy, s)).ToArray();
            return new Asked([.. skills.Select(ConceptKeys.Of)], specificity, Sum(specificity));
        }
    }
}

/// <summary>A candidate as the scorer compares them, worked out once (see <see cref="PreparedVacancy"/>): skills and wanted occupations.</summary>
public sealed class PreparedCandidate
{
    internal PreparedCandidate(ITaxonomy taxonomy, Candidate candidate)
    {
        Candidate = candidate;
        var held = candidate.Skills.ToHashSet();
        Skills = [.. held.Select(ConceptKeys.Of)];
        Held = [.. Skills];
        Specificity = [.. held.Select(s => SkillSpecificity.Of(taxonomy, s))];
        Total = PreparedVacancy.Sum(Specificity);
        Desired = [.. candidate.DesiredOccupations.Distinct().OrderBy(o => o.Value, StringComparer.Ordinal)
            .Select(o => PreparedOccupation.Of(taxonomy, o))];
    }

    /// <summary>The wanted occupations in ordinal order of their URIs (the explanation names the first related one).</summary>
    internal PreparedOccupation[] Desired { get; }

    public Candidate Candidate { get; }

    /// <summary>The skills held, as <see cref="ConceptKeys"/>.</summary>
    internal HashSet<int> Held { get; }

    /// <summary>As <see cref="ConceptKeys"/>, in the order of the distinct skills, as the unprepared sums ran.</summary>
    internal int[] Skills { get; }

    internal double[] Specificity { get; }

    internal double Total { get; }
}

/// <summary>An occupation as <see cref="OccupationFit"/> relates it: known to the taxonomy, its ISCO unit group and its broader occupations.</summary>
internal sealed record PreparedOccupation(OccupationUri Uri, int Key, bool Known, IscoCode? Isco, HashSet<int> Broader)
{
    public static PreparedOccupation Of(ITaxonomy taxonomy, OccupationUri uri)
    {
        var broader = new HashSet<int>();
        for (var up = taxonomy.BroaderOf(uri); up is not null && broader.Add(ConceptKeys.Of(up.Uri)); up = taxonomy.BroaderOf(up.Uri))
        {
        }

        var known = taxonomy.FindOccupation(uri);
        return new PreparedOccupation(uri, ConceptKeys.Of(uri), known is not null, known?.IscoCode, broader);
    }

    /// <summary>Same ISCO unit group, or one is broader than the other in ESCO (as <see cref="OccupationFit"/> relates them).</summary>
    public bool IsRelatedTo(PreparedOccupation other) =>
        Known && other.Known && (Isco == other.Isco || other.Broader.Contains(Key) || Broader.Contains(other.Key));
}
