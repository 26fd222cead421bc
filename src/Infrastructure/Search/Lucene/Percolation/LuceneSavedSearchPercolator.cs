using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Lucene.VacancyFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>
/// The embedded engine's percolator, in memory (rebuilt from the database at start through the watch list). The
/// new vacancies are indexed in a small in-memory Lucene index with the search's own mapping and analysers, so their
/// terms are exactly the indexed ones; those terms and the vacancies' values are looked up in the saved searches'
/// keys (<see cref="SavedSearchPrefilter"/>), and each search that may match is decided in memory as the vacancy search
/// decides it (<see cref="SavedSearchConfirmation"/>), so an alert finds what the search would show, nothing else.
/// </summary>
public sealed class LuceneSavedSearchPercolator : ISavedSearchPercolator, IDisposable
{
    private readonly Analyzer _analyzer = SearchAnalyzers.Create();
    private readonly System.Threading.Lock _lock = new();
    private Dictionary<Guid, StoredSearch> _searches = [];
    private (IReadOnlyList<StoredSearch> Searches, SavedSearchPrefilter Filter)? _prefilter;

    public Task SyncAsync(IReadOnlyCollection<SavedSearchQuery> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        lock (_lock)
        {
            var next = new Dictionary<Guid, StoredSearch>(queries.Count);
            foreach (var query in queries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_searches.TryGetValue(query.SubscriptionId, out var kept) && kept.Version == query.Version)
                {
                    next[query.SubscriptionId] = kept;
                    continue;
                }

                var (families, keys, text) = SavedSearchKeys.Of(query.Request, _analyzer);
                next[query.SubscriptionId] = new StoredSearch(query.SubscriptionId, query.Version, query.Request, families, keys, text);
            }

            _searches = next;
            _prefilter = null;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PercolatedPair>> PercolateAsync(IReadOnlyList<VacancyDocument> vacancies,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        if (vacancies.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<PercolatedPair>>([]);
        }

        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<PercolatedPair>>(Percolate(vacancies, cancellationToken));
        }
    }

    private List<PercolatedPair> Percolate(IReadOnlyList<VacancyDocument> vacancies, CancellationToken cancellationToken)
    {
        var (searches, prefilter) = _prefilter ??= Prefilter();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)))
        {
            foreach (var vacancy in vacancies)
            {
                writer.AddDocument(VacancyDocumentMapper.ToLucene(vacancy));
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var byId = vacancies.GroupBy(v => v.Id.ToString()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var batch = MatchCollector<VacancyMatch>.Run(searcher, new MatchAllDocsQuery(), VacancyMatchReader.For(null))
            .ToDictionary(m => m.Doc, m => new BatchVacancy(byId[m.Id], m, []));
        foreach (var field in VacancyQueries.TextFields.Select(f => f.Name).Append(F.OccupationUri))
        {
            AddTermKeys(reader, field, prefilter, batch);
        }

        var pairs = new List<PercolatedPair>();
        foreach (var vacancy in batch.Values.OrderBy(v => v.Document.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var key in SavedSearchKeys.OfVacancy(vacancy.Match, vacancy.Document))
            {
                if (prefilter.TryGetKey(key, out var id))
                {
                    vacancy.Keys.Add(id);
                }
            }

            foreach (var index in prefilter.Candidates(vacancy.Keys))
            {
                if (SavedSearchConfirmation.Finds(searches[index], prefilter, vacancy))
                {
                    pairs.Add(new PercolatedPair(searches[index].Id, vacancy.Document.Id));
                }
            }
        }

        return pairs;
    }

    private (IReadOnlyList<StoredSearch>, SavedSearchPrefilter) Prefilter()
    {
        var searches = _searches.Values.OrderBy(s => s.Id).ToList();
        return (searches, new SavedSearchPrefilter(searches));
    }

    /// <summary>Each indexed term of the field that some saved search names, added to the keys of the documents holding it.</summary>
    private static void AddTermKeys(DirectoryReader reader, string field, SavedSearchPrefilter prefilter,
        Dictionary<int, BatchVacancy> batch)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return;
        }

        var live = MultiFields.GetLiveDocs(reader);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? postings = null;
        while (termsEnum.MoveNext())
        {
            if (!prefilter.TryGetKey(SavedSearchKeys.Term(field, termsEnum.Term.Utf8ToString()), out var id))
            {
                continue;
            }

            postings = termsEnum.Docs(live, postings, DocsFlags.NONE);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                batch[doc].Keys.Add(id);
            }
        }
    }

    public void Dispose() => _analyzer.Dispose();
}
