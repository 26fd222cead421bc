using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Searchers that score with BM25, as the index was written with (Lucene 4.8 defaults to TF-IDF).</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public static Bm25SearcherFactory Instance { get; } = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
}
