namespace TalentMatch.Application.Search;

/// <summary>
/// Writing and maintaining one search index of flat documents. Writes are idempotent (upserting a document twice, or
/// deleting one that is not there, is fine) and visible to searches once the call returns.
/// </summary>
public interface IDocumentIndex<TDocument>
{
    Task UpsertAsync(IReadOnlyCollection<TDocument> documents, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<IndexState> GetStateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts building a complete new index beside the live one, which keeps serving searches. Only
    /// <see cref="IIndexRebuild{TDocument}.CompleteAsync"/> replaces the live index; a rebuild that is disposed
    /// without completing (or a process that dies during it) leaves the live index as it was.
    /// </summary>
    Task<IIndexRebuild<TDocument>> BeginRebuildAsync(CancellationToken cancellationToken);
}

public interface IIndexRebuild<in TDocument> : IAsyncDisposable
{
    Task AddAsync(IReadOnlyCollection<TDocument> documents, CancellationToken cancellationToken);

    /// <summary>Makes the new index the live one, atomically, and removes the old one.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
