using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Alerts.Matching;

/// <summary>
/// Adds an <see cref="AlertTrigger"/> for every vacancy that becomes published and every visible candidate whose
/// profile is created or changed in a save, so the trigger commits or rolls back with the change itself; after a
/// successful save it wakes the <see cref="AlertMatchingDispatcher"/>.
/// </summary>
public sealed class AlertTriggerInterceptor(TimeProvider clock, AlertMatchingSignal signal) : OutboxRowInterceptor(clock, signal)
{
    protected override object? RowFor(EntityEntry entry, DateTimeOffset now) => entry.Entity switch
    {
        Vacancy v when v.Status == VacancyStatus.Published && Became(entry, nameof(Vacancy.Status))
            => AlertTrigger.Of(AlertItemKind.Vacancy, v.Id.Value, now),
        Candidate c when c.VisibleToEmployers && (Became(entry, nameof(Candidate.ProfileUpdatedAt))
                || Became(entry, nameof(Candidate.VisibleToEmployers)))
            => AlertTrigger.Of(AlertItemKind.Candidate, c.Id.Value, now),
        _ => null,
    };

    /// <summary>Added, or the property changed in this save.</summary>
    private static bool Became(EntityEntry entry, string property) =>
        entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(property).IsModified);
}
