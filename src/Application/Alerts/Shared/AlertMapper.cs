using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Alerts.Shared;

public static class AlertMapper
{
    public static AlertDto ToDto(AlertSubscription a, string? vacancyTitle) => new(a.Id.Value, a.Kind.ToString(), a.Name,
        a.Criteria is null ? null : AlertSearchDto.From(a.Criteria), a.VacancyId, vacancyTitle, a.Frequency.ToString(),
        a.QuietHours is null ? null : AlertTimes.Format(a.QuietHours.From),
        a.QuietHours is null ? null : AlertTimes.Format(a.QuietHours.Until), a.Paused, a.Culture, a.CreatedAt, a.UpdatedAt,
        a.LastDigestAt);

    /// <summary>The titles of the vacancies the alerts watch (employers' alerts), in one query.</summary>
    public static async Task<IReadOnlyList<AlertDto>> ToDtosAsync(this IApplicationDbContext db,
        IReadOnlyList<AlertSubscription> alerts, CancellationToken cancellationToken)
    {
        var ids = alerts.Where(a => a.VacancyId is not null).Select(a => new VacancyId(a.VacancyId!.Value)).Distinct().ToList();
        var titles = ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id))
                .ToDictionaryAsync(v => v.Id.Value, v => v.Title, cancellationToken);
        return [.. alerts.Select(a => ToDto(a, a.VacancyId is { } v ? titles.GetValueOrDefault(v) : null))];
    }
}
