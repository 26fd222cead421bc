using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// Whether the candidate can get to the work: remote work always can; otherwise the commute the candidate set, or
/// moving (with the employer's relocation support, or without). Not assessed when either side gave no place and
/// the candidate will not move.
/// </summary>
internal static class LocationFit
{
    /// <summary>Moving with the employer's help is realistic but still a big step.</summary>
    private const double RelocateWithSupportCredit = 0.75;

    /// <summary>Moving on one's own to the Leiden region is hard (housing), so half.</summary>
    private const double RelocateCredit = 0.5;

    public static void Assess(Candidate candidate, PreparedVacancy prepared, ref ScoreSheet sheet)
    {
        var vacancy = prepared.Vacancy;
        if (vacancy.WorkMode == WorkMode.Remote)
        {
            sheet.Add(MatchWeights.Location, 1);
            if (sheet.Explains)
            {
                Explain(MatchStatus.Met, [MatchVariants.Remote], sheet);
            }
        }
        else if (prepared.Location is not { } place)
        {
            // not assessed
        }
        else if (candidate.Home is { } home && home.CanReach(place.Point))
        {
            sheet.Add(MatchWeights.Location, 1);
            if (sheet.Explains)
            {
                Explain(MatchStatus.Met, [MatchVariants.Commute, Distance(home, place), Argument.Of(home.MaxCommuteKm)], sheet);
            }
        }
        else if (candidate.WillingToRelocate)
        {
            var supported = vacancy.RelocationSupport;
            sheet.Add(MatchWeights.Location, supported ? RelocateWithSupportCredit : RelocateCredit);
            if (sheet.Explains)
            {
                Explain(MatchStatus.Partial, [supported ? MatchVariants.RelocateWithSupport : MatchVariants.Relocate], sheet);
            }
        }
        else if (candidate.Home is { } far)
        {
            sheet.Add(MatchWeights.Location, 0);
            if (sheet.Explains)
            {
                Explain(MatchStatus.Missing, [MatchVariants.TooFar, Distance(far, place), Argument.Of(far.MaxCommuteKm)], sheet);
            }
        }
    }

    private static string Distance(HomeLocation home, VacancyLocation place) =>
        Argument.Of((int)Math.Round(home.Location.DistanceKmTo(place.Point), MidpointRounding.AwayFromZero));

    private static void Explain(MatchStatus status, IReadOnlyList<string> arguments, in ScoreSheet sheet) =>
        sheet.Explain(CriterionCodes.Location, status, arguments);
}
