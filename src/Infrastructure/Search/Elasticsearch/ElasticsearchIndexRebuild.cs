using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A rebuild into a new concrete index beside the live one. Complete refreshes it, points the alias at it in one
/// update-aliases request (searches never see a half-built or missing index) and deletes the indexes the alias left.
/// Disposed without completing, it deletes its own index and the live one stays as it was.
/// </summary>
public sealed class ElasticsearchIndexRebuild<TDocument, TSource>(ElasticsearchDocumentIndex<TDocument, TSource> owner, string index)
    : IIndexRebuild<TDocument>
    where TSource : class
{
    private bool _completed;
    private bool _disposed;

    public string Index => index;

    public Task AddAsync(IReadOnlyCollection<TDocument> documents, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        InvalidOperationExceptionIfCompleted();
        return owner.SendBulkAsync(BulkRequests.Index(index, documents.Select(owner.ToSource), live: false), "rebuild", cancellationToken);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        InvalidOperationExceptionIfCompleted();
        var client = owner.ClientForRebuild;
        var alias = owner.Names.Alias;
        (await client.Indices.RefreshAsync(new RefreshRequest(index), cancellationToken)).EnsureValid($"refresh {index}");

        var current = await client.Indices.GetAliasAsync(new GetAliasRequest((Elastic.Clients.Elasticsearch.Names)alias), cancellationToken);
        if (!ResponseChecks.IsNotFound(current))
        {
            current.EnsureValid($"get alias {alias}");
        }

        var old = current.IsValidResponse && current.Aliases is { } aliases ? aliases.Keys.Where(i => i != index).ToList() : [];
        (await client.Indices.UpdateAliasesAsync(IndexAdminRequests.Swap(alias, old, index), cancellationToken))
            .EnsureValid($"swap alias {alias}");
        _completed = true;
        owner.LoggerForRebuild.LogInformation("Alias {Alias} now points at {Index}", alias, index);

        if (old.Count > 0)
        {
            (await client.Indices.DeleteAsync(new DeleteIndexRequest(string.Join(',', old)), cancellationToken))
                .EnsureValid($"delete old index of {alias}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_completed)
        {
            return;
        }

        var response = await owner.ClientForRebuild.Indices.DeleteAsync(new DeleteIndexRequest(index), CancellationToken.None);
        if (!response.IsValidResponse && !ResponseChecks.IsNotFound(response))
        {
            owner.LoggerForRebuild.LogWarning("Could not delete abandoned rebuild index {Index}: HTTP {Status}",
                index, ResponseChecks.StatusOf(response));
        }
    }

    private void InvalidOperationExceptionIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException($"The rebuild into {index} is already complete.");
        }
    }
}
