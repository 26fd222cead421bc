using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Adds a <see cref="SearchIndexChange"/> for every vacancy and candidate added, changed or removed in a save (and
/// for employers whose name changed), so the outbox row commits or rolls back with the change itself. After a
/// successful save it wakes the <see cref="SearchIndexDispatcher"/>.
/// </summary>
public sealed class SearchIndexChangeInterceptor(TimeProvider clock, SearchIndexSignal signal) : SaveChangesInterceptor
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
        var changes = new List<SearchIndexChange>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var change = entry.Entity switch
            {
                Vacancy v => SearchIndexChange.Of(IndexedKind.Vacancy, v.Id.Value, now),
                Candidate c => SearchIndexChange.Of(IndexedKind.Candidate, c.Id.Value, now),
                Employer e when entry.State == EntityState.Modified && entry.Property(nameof(Employer.Name)).IsModified
                    => SearchIndexChange.Of(IndexedKind.Employer, e.Id.Value, now),
                _ => null,
            };
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        context.AddRange(changes);
    }
}
