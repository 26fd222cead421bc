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
    private (IReadOnlyList<StoredSearch> Searches, SavedSearchPrefilter Filter) _prefilter = ([], new SavedSearchPrefilter([]));

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
            _prefilter = Prefilter(); // built with the searches, not on the first pass after them

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
        var (searches, prefilter) = _prefilter;
        var ordered = Analyse(vacancies, prefilter, cancellationToken);
        foreach (var vacancy in ordered)
        {
            foreach (var key in SavedSearchKeys.OfVacancy(vacancy.Match, vacancy.Document))
            {
                if (prefilter.TryGetKey(key, out var id))
                {
                    vacancy.Keys.Add(id);
                }
            }
        }

        // Each vacancy on its own from here: spread over the cores, the pairs kept in vacancy order.
        var found = new List<PercolatedPair>[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { CancellationToken = cancellationToken },
            () => (Scratch: prefilter.NewScratch(), Candidates: new List<int>()),
            (i, _, local) =>
            {
                var vacancy = ordered[i];
                prefilter.Candidates(vacancy.Keys, local.Scratch, local.Candidates);
                found[i] = [.. local.Candidates.Where(s => SavedSearchConfirmation.Finds(searches[s], prefilter.Texts[s], vacancy))
                    .Select(s => new PercolatedPair(searches[s].Id, vacancy.Document.Id))];
                return local;
            },
            _ => { });
        return [.. found.SelectMany(f => f)];
    }

    /// <summary>
    /// The vacancies indexed with the search's mapping and analysers, their doc values read back and their text terms
    /// looked up in the keys: in one in-memory index per core (analysing the multilingual labels is most of the cost,
    /// and a document's terms do not depend on the others), in document-id order.
    /// </summary>
    private List<BatchVacancy> Analyse(IReadOnlyList<VacancyDocument> vacancies, SavedSearchPrefilter prefilter,
        CancellationToken cancellationToken)
    {
        var distinct = vacancies.DistinctBy(v => v.Id).OrderBy(v => v.Id).ToList();
        var parts = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, distinct.Count / 50));
        var analysed = new List<BatchVacancy>[parts];
        Parallel.For(0, parts, new ParallelOptions { CancellationToken = cancellationToken }, part =>
            analysed[part] = Analyse(distinct.Where((_, i) => i % parts == part).ToList(), prefilter));
        return [.. analysed.SelectMany(a => a).OrderBy(v => v.Document.Id)];
    }

    private List<BatchVacancy> Analyse(List<VacancyDocument> vacancies, SavedSearchPrefilter prefilter)
    {
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
        var byId = vacancies.ToDictionary(v => v.Id.ToString(), StringComparer.Ordinal);
        var batch = MatchCollector<VacancyMatch>.Run(searcher, new MatchAllDocsQuery(), VacancyMatchReader.For(null))
            .ToDictionary(m => m.Doc, m => new BatchVacancy(byId[m.Id], m, []));
        foreach (var field in VacancyQueries.TextFields.Select(f => f.Name).Append(F.OccupationUri))
        {
            AddTermKeys(reader, field, prefilter, batch);
        }

        return [.. batch.Values];
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
