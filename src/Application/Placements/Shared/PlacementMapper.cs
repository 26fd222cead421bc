using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Placements;

namespace TalentMatch.Application.Placements.Shared;

public sealed class PlacementMapper(IApplicationDbContext db, IIdentityService identity)
{
    public async Task<IReadOnlyList<PlacementDto>> ToDtosAsync(IReadOnlyList<Placement> placements,
        CancellationToken cancellationToken)
    {
        var ids = placements.Select(p => p.CandidateId).Distinct().ToList();
        var people = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.DisplayName, c.UserId }).ToListAsync(cancellationToken);
        var contacts = new Dictionary<Domain.Candidates.CandidateId, ContactDto>();
        foreach (var person in people)
        {
            var email = (await identity.FindByIdAsync(person.UserId, cancellationToken))?.Email ?? string.Empty;
            contacts[person.Id] = new ContactDto(person.DisplayName, email);
        }

        var vacancies = await db.VacanciesAsync(placements.Select(p => p.VacancyId), cancellationToken);
        return [.. placements.Select(p => new PlacementDto(p.Id.Value, p.VacancyId.Value,
            vacancies.GetValueOrDefault(p.VacancyId).Title ?? string.Empty, p.ApplicationId?.Value, p.Source.ToString(),
            p.Status.ToString(), ApplicationTexts.ForPlacement(p.Status), contacts[p.CandidateId], p.StartDate,
            p.HoursPerWeek, p.ContractType?.ToString(), p.SponsorNeeded, p.HousingArranged, p.HiredAt, p.DecidedAt))];
    }
}
