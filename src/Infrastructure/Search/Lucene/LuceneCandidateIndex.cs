using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The candidate index of the embedded engine, in <c>&lt;root&gt;/candidates</c>: visible candidates only, without
/// personal data. A singleton owning the folder's one writer; writes are visible when the call returns.
/// </summary>
public sealed class LuceneCandidateIndex : ICandidateIndex, IDisposable, IAsyncDisposable
{
    private readonly Analyzer _analyzer = SearchAnalyzers.Create();
    private readonly GenerationalIndex _index;

    public LuceneCandidateIndex(IOptions<LuceneOptions> options, ILogger<LuceneCandidateIndex> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Value.RootPath);
        _index = new GenerationalIndex(Path.Combine(options.Value.RootPath, "candidates"), _analyzer, logger);
    }

    public Task UpsertAsync(IReadOnlyCollection<CandidateDocument> documents, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (documents.Count > 0)
        {
            _index.Write(writer =>
            {
                foreach (var candidate in documents)
                {
                    writer.UpdateDocument(IndexFieldNames.IdTerm(candidate.Id), CandidateDocumentMapper.ToLucene(candidate));
                }
            });
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count > 0)
        {
            _index.Write(writer => writer.DeleteDocuments([.. ids.Select(IndexFieldNames.IdTerm)]));
        }

        return Task.CompletedTask;
    }

    public Task<IndexState> GetStateAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(IndexStatistics.StateOf(_index));
    }

    public Task<IIndexRebuild<CandidateDocument>> BeginRebuildAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IIndexRebuild<CandidateDocument>>(
            _index.BeginRebuild<CandidateDocument>(CandidateDocumentMapper.ToLucene, c => c.Id));
    }

    public Task<SearchHits> SearchAsync(CandidateSearchRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_index.Read(s => CandidateSearch.Run(s, _analyzer, request), SearchHits.Empty));
    }

    public Task<IReadOnlyList<Guid>> RetrieveAsync(MatchRetrieval retrieval, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_index.Read(s => CandidateSearch.Retrieve(s, retrieval), []));
    }

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
