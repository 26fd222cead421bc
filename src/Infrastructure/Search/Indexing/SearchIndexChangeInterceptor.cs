using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Adds a <see cref="SearchIndexChange"/> for every vacancy and candidate added, changed or removed in a save (and
/// for employers whose name changed), so the outbox row commits or rolls back with the change itself. After a
/// successful save it wakes the <see cref="SearchIndexDispatcher"/>.
/// </summary>
public sealed class SearchIndexChangeInterceptor(TimeProvider clock, SearchIndexSignal signal) : OutboxRowInterceptor(clock, signal)
{
    protected override object? RowFor(EntityEntry entry, DateTimeOffset now) =>
        entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
            ? null
            : entry.Entity switch
            {
                Vacancy v => SearchIndexChange.Of(IndexedKind.Vacancy, v.Id.Value, now),
                Candidate c => SearchIndexChange.Of(IndexedKind.Candidate, c.Id.Value, now),
                Employer e when entry.State == EntityState.Modified && entry.Property(nameof(Employer.Name)).IsModified
                    => SearchIndexChange.Of(IndexedKind.Employer, e.Id.Value, now),
                _ => null,
            };
}
