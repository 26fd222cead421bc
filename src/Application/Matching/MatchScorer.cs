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
    public MatchResult? Score(PreparedCandidate candidate, PreparedVacancy vacancy, DateOnly today) =>
        Sheet(candidate, vacancy, today, explain: true) is { } sheet
            ? new MatchResult(Round(sheet.Fit), sheet.Criteria!) { Fit = sheet.Fit }
            : null;

    /// <summary>
    /// The score <see cref="Score(PreparedCandidate, PreparedVacancy, DateOnly)"/> gives, without the criteria
    /// behind it (so without allocating them): alert matching confirms millions of pairs against a minimum and
    /// explains only the ones it keeps. Null when a hard constraint excludes the pair.
    /// </summary>
    public int? ScoreOnly(PreparedCandidate candidate, PreparedVacancy vacancy, DateOnly today) =>
        Sheet(candidate, vacancy, today, explain: false) is { } sheet ? Round(sheet.Fit) : null;

    public PreparedCandidate Prepare(Candidate candidate) => new(taxonomy, candidate);

    public PreparedVacancy Prepare(Vacancy vacancy) => new(taxonomy, vacancy);

    /// <summary>The pair's criteria added up (and described when <paramref name="explain"/>); null when excluded.</summary>
    private ScoreSheet? Sheet(PreparedCandidate facts, PreparedVacancy vacancyFacts, DateOnly today, bool explain)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(vacancyFacts);
        if (IsExcluded(facts.Candidate, vacancyFacts.Vacancy))
        {
            return null;
        }

        var sheet = new ScoreSheet(explain);
        Assess(facts, vacancyFacts, today, ref sheet);
        return sheet;
    }

    /// <summary>Every criterion that applies, in a fixed order (the explanation shows them in this order).</summary>
    private void Assess(PreparedCandidate facts, PreparedVacancy vacancyFacts, DateOnly today, ref ScoreSheet sheet)
    {
        var candidate = facts.Candidate;
        OccupationFit.Assess(facts, vacancyFacts, ref sheet);
        SkillFit.Assess(facts, vacancyFacts, ref sheet);
        QualificationFit.Assess(candidate, vacancyFacts.Vacancy, ref sheet);
        LocationFit.Assess(candidate, vacancyFacts, ref sheet);
        WorkConditionsFit.Assess(candidate, vacancyFacts, today, ref sheet);
    }

    private static int Round(double fit) => (int)Math.Round(fit, MidpointRounding.AwayFromZero);

    /// <summary>The pairs that never match, whatever else fits.</summary>
    public static bool IsExcluded(Candidate candidate, Vacancy vacancy) =>
        candidate.WorkAuthorisation?.NeedsSponsor() == true && !vacancy.VisaSponsorship;
}
