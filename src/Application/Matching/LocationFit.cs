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

    public static Assessment? Assess(Candidate candidate, Vacancy vacancy)
    {
        if (vacancy.WorkMode == WorkMode.Remote)
        {
            return Of(MatchStatus.Met, 1, [MatchVariants.Remote]);
        }

        if (vacancy.Location is not { } place)
        {
            return null;
        }

        if (candidate.Home is { } home && home.CanReach(place.Point))
        {
            return Of(MatchStatus.Met, 1, [MatchVariants.Commute, Distance(home, place), Argument.Of(home.MaxCommuteKm)]);
        }

        if (candidate.WillingToRelocate)
        {
            return vacancy.RelocationSupport
                ? Of(MatchStatus.Partial, RelocateWithSupportCredit, [MatchVariants.RelocateWithSupport])
                : Of(MatchStatus.Partial, RelocateCredit, [MatchVariants.Relocate]);
        }

        return candidate.Home is { } far
            ? Of(MatchStatus.Missing, 0, [MatchVariants.TooFar, Distance(far, place), Argument.Of(far.MaxCommuteKm)])
            : null;
    }

    private static string Distance(HomeLocation home, VacancyLocation place) =>
        Argument.Of((int)Math.Round(home.Location.DistanceKmTo(place.Point), MidpointRounding.AwayFromZero));

    private static Assessment Of(MatchStatus status, double credit, IReadOnlyList<string> arguments) =>
        Assessment.Of(CriterionCodes.Location, status, MatchWeights.Location, credit, arguments);
}
