using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// Right to work, start date, hours and housing. Only what both sides stated is assessed: an unknown start date or
/// unknown hours say nothing about the fit.
/// </summary>
internal static class WorkConditionsFit
{
    /// <summary>Starting up to a month later than asked is commonly arranged.</summary>
    private const int LateStartToleranceDays = 30;

    /// <summary>A few hours a week apart is often negotiable.</summary>
    private const int HoursTolerance = 8;

    private const double NearlyCredit = 0.5;

    public static IEnumerable<Assessment> Assess(Candidate candidate, Vacancy vacancy, DateOnly today)
    {
        if (candidate.WorkAuthorisation is { } authorisation)
        {
            yield return Authorisation(authorisation, vacancy);
        }

        if (candidate.AvailableFrom is { } from && vacancy.StartDate is { } start)
        {
            var needed = start < today ? today : start;
            var late = from.DayNumber - needed.DayNumber;
            var credit = late <= 0 ? 1 : late <= LateStartToleranceDays ? NearlyCredit : 0;
            yield return Assessment.Of(CriterionCodes.Availability, Assessment.StatusFor(credit),
                MatchWeights.Availability, credit, [Argument.Of(from), Argument.Of(needed)]);
        }

        if (candidate.HoursPerWeek is { } wants && vacancy.Hours is { } offered)
        {
            var gap = Math.Max(offered.Min - wants.Max, wants.Min - offered.Max);
            var credit = gap <= 0 ? 1 : gap <= HoursTolerance ? NearlyCredit : 0;
            yield return Assessment.Of(CriterionCodes.Hours, Assessment.StatusFor(credit), MatchWeights.Hours, credit,
                [Argument.Of(wants.Min), Argument.Of(wants.Max), Argument.Of(offered.Min), Argument.Of(offered.Max)]);
        }

        if (candidate.HousingNeed != HousingNeed.None)
        {
            var met = vacancy.HousingSupport;
            yield return Assessment.Of(CriterionCodes.Housing, met ? MatchStatus.Met : MatchStatus.Missing,
                MatchWeights.Housing, met ? 1 : 0, [], Obstacles.Housing);
        }
    }

    /// <summary>A sponsor needed and not offered never gets here: the scorer excludes that pair.</summary>
    private static Assessment Authorisation(WorkAuthorisation authorisation, Vacancy vacancy)
    {
        if (authorisation.NeedsSponsor())
        {
            return Of(MatchStatus.Met, 1, [MatchVariants.Sponsored]);
        }

        if (authorisation == WorkAuthorisation.StudentWithHoursLimit)
        {
            var limit = WorkAuthorisations.StudentMaxHoursPerWeek;
            return vacancy.HoursMin is { } min && min > limit
                ? Of(MatchStatus.Partial, NearlyCredit, [MatchVariants.Student, Argument.Of(limit), Argument.Of(min)])
                : Of(MatchStatus.Met, 1, [MatchVariants.Student, Argument.Of(limit)]);
        }

        return authorisation == WorkAuthorisation.Other
            ? Of(MatchStatus.Partial, NearlyCredit, [MatchVariants.Unclear], Obstacles.Sponsorship)
            : Of(MatchStatus.Met, 1, [MatchVariants.FreeAccess]);
    }

    private static Assessment Of(MatchStatus status, double credit, IReadOnlyList<string> arguments,
        string? obstacle = null) =>
        Assessment.Of(CriterionCodes.WorkAuthorisation, status, MatchWeights.WorkAuthorisation, credit, arguments,
            obstacle);
}
