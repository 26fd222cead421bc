using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// Adds an outbox row for each changed entity that asks for one (<see cref="RowFor"/>) to the save itself, so the row
/// commits or rolls back with the change; after a successful save it wakes the outbox's dispatcher.
/// </summary>
public abstract class OutboxRowInterceptor(TimeProvider clock, WakeSignal signal) : SaveChangesInterceptor
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

    /// <summary>The outbox row for this entry of the save, or null.</summary>
    protected abstract object? RowFor(EntityEntry entry, DateTimeOffset now);

    private void Enqueue(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var rows = context.ChangeTracker.Entries().Select(entry => RowFor(entry, now)).OfType<object>().ToList();
        context.AddRange(rows);
    }
}
