using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Reads one match of a segment: its doc id in the segment, in the whole index, and its score.</summary>
internal delegate TMatch ReadMatch<out TMatch>(int segmentDoc, int indexDoc, float score);

/// <summary>
/// Collects every match with the values read from doc values, rather than the top N: facet counts, the exact radius
/// and sorting by distance all need each match, and the indexes (vacancies and visible candidates of one region) are
/// small enough for that to be cheap.
/// </summary>
internal sealed class MatchCollector<TMatch>(Func<AtomicReader, ReadMatch<TMatch>> segmentReader) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;
    private ReadMatch<TMatch>? _read;

    public List<TMatch> Matches { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _read = segmentReader(context.AtomicReader);
    }

    public void Collect(int doc) => Matches.Add(_read!(doc, _docBase + doc, _scorer?.GetScore() ?? 0f));

    public static List<TMatch> Run(IndexSearcher searcher, Query query, Func<AtomicReader, ReadMatch<TMatch>> segmentReader)
    {
        var collector = new MatchCollector<TMatch>(segmentReader);
        searcher.Search(query, collector);
        return collector.Matches;
    }
}
