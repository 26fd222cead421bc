using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Search;
using IndexState = TalentMatch.Application.Search.IndexState;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Writing, state and rebuild for one kind of document, shared by the vacancy and candidate indexes. The live index
/// is whatever the alias points at; the first write in a process makes sure the template and an aliased index
/// exist, so writes before the first rebuild are not lost to an auto-created, unmapped index.
/// </summary>
public abstract class ElasticsearchDocumentIndex<TDocument, TSource> : IDocumentIndex<TDocument>
    where TSource : class
{
    private readonly SemaphoreSlim _ensureLock = new(1, 1);
    private volatile bool _ensured;

    protected ElasticsearchDocumentIndex(ElasticsearchClient client, ElasticsearchIndexNames names, TimeProvider clock, ILogger logger)
    {
        Client = client;
        Names = names;
        Clock = clock;
        Logger = logger;
    }

    public ElasticsearchIndexNames Names { get; }

    protected ElasticsearchClient Client { get; }

    protected TimeProvider Clock { get; }

    protected ILogger Logger { get; }

    protected abstract string VersionField { get; }

    public abstract PutIndexTemplateRequest Template();

    public abstract (string Id, TSource Source) ToSource(TDocument document);

    public async Task UpsertAsync(IReadOnlyCollection<TDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        await EnsureLiveIndexAsync(cancellationToken);
        await SendBulkAsync(BulkRequests.Index(Names.Alias, documents.Select(ToSource), live: true), "upsert", cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await EnsureLiveIndexAsync(cancellationToken);
        await SendBulkAsync(BulkRequests.Delete(Names.Alias, ids.Select(DocumentIds.Format), live: true), "delete", cancellationToken);
    }

    public Task<IndexState> GetStateAsync(CancellationToken cancellationToken) =>
        IndexStateReader.ReadAsync(Client, Names.Alias, VersionField, cancellationToken);

    public async Task<IIndexRebuild<TDocument>> BeginRebuildAsync(CancellationToken cancellationToken)
    {
        await PutTemplateAsync(cancellationToken);
        var index = Names.NewConcreteIndex(Clock.GetUtcNow());
        (await Client.Indices.CreateAsync(IndexAdminRequests.Create(index, alias: null), cancellationToken))
            .EnsureValid($"create index {index}");
        Logger.LogInformation("Rebuilding {Alias} into {Index}", Names.Alias, index);
        return new ElasticsearchIndexRebuild<TDocument, TSource>(this, index);
    }

    internal async Task SendBulkAsync(IEnumerable<BulkRequest> requests, string operation, CancellationToken cancellationToken)
    {
        foreach (var request in requests)
        {
            BulkRequests.EnsureSucceeded(await Client.BulkAsync(request, cancellationToken), operation);
        }
    }

    internal async Task PutTemplateAsync(CancellationToken cancellationToken) =>
        (await Client.Indices.PutIndexTemplateAsync(Template(), cancellationToken)).EnsureValid($"put index template {Names.TemplateName}");

    internal ElasticsearchClient ClientForRebuild => Client;

    internal ILogger LoggerForRebuild => Logger;

    private async Task EnsureLiveIndexAsync(CancellationToken cancellationToken)
    {
        if (_ensured)
        {
            return;
        }

        await _ensureLock.WaitAsync(cancellationToken);
        try
        {
            if (!_ensured)
            {
                await CreateLiveIndexIfMissingAsync(cancellationToken);
                _ensured = true;
            }
        }
        finally
        {
            _ensureLock.Release();
        }
    }

    private async Task CreateLiveIndexIfMissingAsync(CancellationToken cancellationToken)
    {
        var exists = await Client.Indices.ExistsAliasAsync(new ExistsAliasRequest(Names.Alias), cancellationToken);
        if (exists.Exists)
        {
            return;
        }

        if (!ResponseChecks.IsNotFound(exists))
        {
            throw ResponseChecks.Failure(exists, $"check alias {Names.Alias}");
        }

        await PutTemplateAsync(cancellationToken);
        var index = Names.NewConcreteIndex(Clock.GetUtcNow());
        (await Client.Indices.CreateAsync(IndexAdminRequests.Create(index, Names.Alias), cancellationToken))
            .EnsureValid($"create index {index}");
        Logger.LogInformation("Created empty live index {Index} for {Alias}", index, Names.Alias);
    }
}
