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

    public static void Assess(Candidate candidate, PreparedVacancy prepared, DateOnly today, ref ScoreSheet sheet)
    {
        var vacancy = prepared.Vacancy;
        if (candidate.WorkAuthorisation is { } authorisation)
        {
            Authorisation(authorisation, vacancy, ref sheet);
        }

        if (candidate.AvailableFrom is { } from && vacancy.StartDate is { } start)
        {
            var needed = start < today ? today : start;
            var late = from.DayNumber - needed.DayNumber;
            var credit = late <= 0 ? 1 : late <= LateStartToleranceDays ? NearlyCredit : 0;
            sheet.Add(MatchWeights.Availability, credit);
            if (sheet.Explains)
            {
                sheet.Explain(CriterionCodes.Availability, ScoreSheet.StatusFor(credit), [Argument.Of(from), Argument.Of(needed)]);
            }
        }

        if (candidate.HoursPerWeek is { } wants && prepared.Hours is { } offered)
        {
            var gap = Math.Max(offered.Min - wants.Max, wants.Min - offered.Max);
            var credit = gap <= 0 ? 1 : gap <= HoursTolerance ? NearlyCredit : 0;
            sheet.Add(MatchWeights.Hours, credit);
            if (sheet.Explains)
            {
                sheet.Explain(CriterionCodes.Hours, ScoreSheet.StatusFor(credit),
                    [Argument.Of(wants.Min), Argument.Of(wants.Max), Argument.Of(offered.Min), Argument.Of(offered.Max)]);
            }
        }

        if (candidate.HousingNeed != HousingNeed.None)
        {
            var met = vacancy.HousingSupport;
            sheet.Add(MatchWeights.Housing, met ? 1 : 0);
            sheet.Explain(CriterionCodes.Housing, met ? MatchStatus.Met : MatchStatus.Missing, [], Obstacles.Housing);
        }
    }

    /// <summary>A sponsor needed and not offered never gets here: the scorer excludes that pair.</summary>
    private static void Authorisation(WorkAuthorisation authorisation, Vacancy vacancy, ref ScoreSheet sheet)
    {
        if (authorisation.NeedsSponsor())
        {
            sheet.Add(MatchWeights.WorkAuthorisation, 1);
            if (sheet.Explains)
            {
                Explain(MatchStatus.Met, [MatchVariants.Sponsored], null, sheet);
            }
        }
        else if (authorisation == WorkAuthorisation.StudentWithHoursLimit)
        {
            var limit = WorkAuthorisations.StudentMaxHoursPerWeek;
            var over = vacancy.HoursMin is { } min && min > limit;
            sheet.Add(MatchWeights.WorkAuthorisation, over ? NearlyCredit : 1);
            if (sheet.Explains)
            {
                Explain(over ? MatchStatus.Partial : MatchStatus.Met,
                    over ? [MatchVariants.Student, Argument.Of(limit), Argument.Of(vacancy.HoursMin!.Value)] : [MatchVariants.Student, Argument.Of(limit)],
                    null, sheet);
            }
        }
        else if (authorisation == WorkAuthorisation.Other)
        {
            sheet.Add(MatchWeights.WorkAuthorisation, NearlyCredit);
            if (sheet.Explains)
            {
                Explain(MatchStatus.Partial, [MatchVariants.Unclear], Obstacles.Sponsorship, sheet);
            }
        }
        else
        {
            sheet.Add(MatchWeights.WorkAuthorisation, 1);
            if (sheet.Explains)
            {
                Explain(MatchStatus.Met, [MatchVariants.FreeAccess], null, sheet);
            }
        }
    }

    private static void Explain(MatchStatus status, IReadOnlyList<string> arguments, string? obstacle, in ScoreSheet sheet) =>
        sheet.Explain(CriterionCodes.WorkAuthorisation, status, arguments, obstacle);
}
