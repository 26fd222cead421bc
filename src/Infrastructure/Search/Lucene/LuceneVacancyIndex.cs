using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The vacancy index of the embedded engine, in <c>&lt;root&gt;/vacancies</c>. A singleton: it owns the folder's one
/// writer; writes commit and refresh before returning so they are visible to the next search.
/// </summary>
public sealed class LuceneVacancyIndex : IVacancyIndex, IDisposable, IAsyncDisposable
{
    private readonly Analyzer _analyzer = SearchAnalyzers.Create();
    private readonly GenerationalIndex _index;

    public LuceneVacancyIndex(IOptions<LuceneOptions> options, ILogger<LuceneVacancyIndex> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Value.RootPath);
        _index = new GenerationalIndex(Path.Combine(options.Value.RootPath, "vacancies"), _analyzer, logger);
    }

    public Task UpsertAsync(IReadOnlyCollection<VacancyDocument> documents, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (documents.Count > 0)
        {
            _index.Write(writer =>
            {
                foreach (var vacancy in documents)
                {
                    writer.UpdateDocument(IndexFieldNames.IdTerm(vacancy.Id), VacancyDocumentMapper.ToLucene(vacancy));
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

    public Task<IIndexRebuild<VacancyDocument>> BeginRebuildAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IIndexRebuild<VacancyDocument>>(
            _index.BeginRebuild<VacancyDocument>(VacancyDocumentMapper.ToLucene, v => v.Id));
    }

    public Task<SearchHits> SearchAsync(VacancySearchRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_index.Read(s => VacancySearch.Run(s, _analyzer, request), VacancySearch.Nothing));
    }

    public Task<IReadOnlyList<Guid>> RetrieveAsync(MatchRetrieval retrieval, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_index.Read(s => VacancySearch.Retrieve(s, retrieval), []));
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
