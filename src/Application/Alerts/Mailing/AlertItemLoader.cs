using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Places;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>Reads <see cref="AlertItemFacts"/> for one person's pending deliveries in a few queries.</summary>
public sealed class AlertItemLoader(IApplicationDbContext db, IPlaceDirectory places, TimeProvider clock)
{
    public async Task<AlertItemFacts> LoadAsync(UserId owner, IReadOnlyList<AlertSubscription> alerts,
        IReadOnlyList<AlertDelivery> pending, CancellationToken cancellationToken)
    {
        var byAlert = alerts.ToDictionary(a => a.Id);
        var forCandidates = pending.Where(d => byAlert[d.SubscriptionId].Kind == AlertKind.MatchingCandidates).ToList();
        var vacancyIds = pending.Except(forCandidates).Select(d => d.ItemId)
            .Concat(alerts.Select(a => a.VacancyId).OfType<Guid>()).Distinct().Select(id => new VacancyId(id)).ToList();
        var candidateIds = forCandidates.Select(d => new CandidateId(d.ItemId)).Distinct().ToList();
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => vacancyIds.Contains(v.Id))
            .Join(db.Employers, v => v.EmployerId, e => e.Id, (v, e) => new VacancyFacts(v.Id.Value, v.Title, e.Name, v.Status,
                v.ClosingDate, v.PlaceName, v.Latitude, v.Longitude))
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var candidates = candidateIds.Count == 0 ? new Dictionary<Guid, Candidate>()
            : await db.Candidates.AsNoTracking().AsSplitQuery()
                .Where(c => candidateIds.Contains(c.Id) && c.VisibleToEmployers).ToDictionaryAsync(c => c.Id.Value, cancellationToken);
        var home = alerts.Any(a => a.Kind == AlertKind.MatchingVacancies)
            ? await db.Candidates.AsNoTracking().Where(c => c.UserId == owner).Select(c => c.Home).FirstOrDefaultAsync(cancellationToken)
            : null;
        var searchPlaces = alerts.Where(a => a.Criteria?.Near is not null)
            .ToDictionary(a => a.Id.Value, a => places.Find(a.Criteria!.Near!)?.Location);
        return new AlertItemFacts(vacancies, candidates, home?.Location, searchPlaces, clock.Today());
    }
}
