namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// A row of the search index outbox: "this entity changed, bring its document up to date". Written in the same
/// transaction as the change (by <see cref="SearchIndexChangeInterceptor"/>), so no change is lost when the process
/// dies before the index is updated; removed once the index holds the entity's state at or after that moment.
/// </summary>
public sealed class SearchIndexChange
{
    private SearchIndexChange()
    {
    }

    public long Id { get; private set; }

    public IndexedKind Kind { get; private set; }

    public Guid EntityId { get; private set; }

    public DateTimeOffset EnqueuedAt { get; private set; }

    public static SearchIndexChange Of(IndexedKind kind, Guid entityId, DateTimeOffset now) =>
        new() { Kind = kind, EntityId = entityId, EnqueuedAt = now };
}
