using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Infrastructure.Alerts.Matching;

/// <summary>
/// Adds an <see cref="AlertTrigger"/> for every vacancy that becomes published and every visible candidate whose
/// profile is created or changed in a save, so the trigger commits or rolls back with the change itself; after a
/// successful save it wakes the <see cref="AlertMatchingDispatcher"/>.
/// </summary>
public sealed class AlertTriggerInterceptor(TimeProvider clock, AlertMatchingSignal signal) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enqueue(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Enqueue(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        signal.Notify();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return ValueTask.FromResult(result);
    }

    private void Enqueue(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var triggers = new List<AlertTrigger>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            var trigger = entry.Entity switch
            {
                Vacancy v when v.Status == VacancyStatus.Published && Became(entry, nameof(Vacancy.Status))
                    => AlertTrigger.Of(AlertItemKind.Vacancy, v.Id.Value, now),
                Candidate c when c.VisibleToEmployers && (Became(entry, nameof(Candidate.ProfileUpdatedAt))
                        || Became(entry, nameof(Candidate.VisibleToEmployers)))
                    => AlertTrigger.Of(AlertItemKind.Candidate, c.Id.Value, now),
                _ => null,
            };
            if (trigger is not null)
            {
                triggers.Add(trigger);
            }
        }

        context.AddRange(triggers);
    }

    /// <summary>Added, or the property changed in this save.</summary>
    private static bool Became(EntityEntry entry, string property) =>
        entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(property).IsModified);
}
