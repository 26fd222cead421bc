using Lucene.Net.Documents;
using Lucene.Net.Index;
using TalentMatch.Application.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// A new generation being filled beside the live one. Documents go in by id (adding one twice keeps one); the
/// generation becomes live only on <see cref="CompleteAsync"/>, and disposing without completing deletes it.
/// </summary>
internal sealed class LuceneIndexRebuild<TDocument>(
    GenerationalIndex owner,
    int generation,
    IndexWriter writer,
    LuceneDirectory directory,
    Func<TDocument, Document> map,
    Func<TDocument, Guid> idOf) : IIndexRebuild<TDocument>
{
    private bool _finished;

    public Task AddAsync(IReadOnlyCollection<TDocument> documents, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.UpdateDocument(IndexFieldNames.IdTerm(idOf(document)), map(document));
        }

        return Task.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        cancellationToken.ThrowIfCancellationRequested();
        writer.Commit();
        var documents = (long)writer.NumDocs;
        writer.Dispose();
        directory.Dispose();
        _finished = true;
        owner.Promote(generation, documents);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            owner.Abandon(generation, writer, directory);
        }

        return ValueTask.CompletedTask;
    }
}
