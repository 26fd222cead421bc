using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// The one way TalentMatch scores a candidate against a vacancy, whichever engine retrieved the pair and whichever
/// side asks (a candidate's vacancies or a vacancy's candidates), so both see the same figure and the same reasons.
/// </summary>
/// <remarks>
/// One hard exclusion only: a candidate who needs a sponsor (highly skilled migrant) and a vacancy without visa
/// sponsorship can never be hired, so the pair is not a match at all. Everything else (language, certificates,
/// distance, ...) is scored and explained, because the candidate can often close the gap. The score is the
/// weighted share of credit over the criteria that apply (<see cref="MatchWeights"/>), rounded to 0–100; the same
/// input always gives the same result.
/// </remarks>
public sealed class MatchScorer(ITaxonomy taxonomy)
{
    /// <summary>The fit of the pair, or null when a hard constraint excludes it.</summary>
    public MatchResult? Score(Candidate candidate, Vacancy vacancy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(vacancy);
        return IsExcluded(candidate, vacancy) ? null : Score(Prepare(candidate), Prepare(vacancy), today);
    }

    /// <summary>
    /// The same score from skills worked out once per candidate and per vacancy, for scoring many pairs (alerts). The
    /// facts are a snapshot: prepare again after a change.
    /// </summary>
    public MatchResult? Score(CandidateSkillFacts candidate, VacancySkillFacts vacancy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(vacancy);
        if (IsExcluded(candidate.Candidate, vacancy.Vacancy))
        {
            return null;
        }

        return Assess(candidate, vacancy, today);
    }

    public CandidateSkillFacts Prepare(Candidate candidate) => new(taxonomy, candidate);

    public VacancySkillFacts Prepare(Vacancy vacancy) => new(taxonomy, vacancy);

    private MatchResult Assess(CandidateSkillFacts facts, VacancySkillFacts vacancyFacts, DateOnly today)
    {
        var (candidate, vacancy) = (facts.Candidate, vacancyFacts.Vacancy);
        List<Assessment> assessments = [OccupationFit.Assess(taxonomy, candidate, vacancy)];
        assessments.AddRange(SkillFit.Assess(facts, vacancyFacts));
        assessments.AddRange(QualificationFit.Assess(candidate, vacancy));
        if (LocationFit.Assess(candidate, vacancy) is { } location)
        {
            assessments.Add(location);
        }

        assessments.AddRange(WorkConditionsFit.Assess(candidate, vacancy, today));
        var weight = assessments.Sum(a => a.Weight);
        var earned = assessments.Sum(a => a.Weight * a.Credit);
        var fit = 100 * earned / weight;
        var score = (int)Math.Round(fit, MidpointRounding.AwayFromZero);
        return new MatchResult(score, [.. assessments.Select(a => a.Criterion)]) { Fit = fit };
    }

    /// <summary>The pairs that never match, whatever else fits.</summary>
    public static bool IsExcluded(Candidate candidate, Vacancy vacancy) =>
        candidate.WorkAuthorisation?.NeedsSponsor() == true && !vacancy.VisaSponsorship;
}
