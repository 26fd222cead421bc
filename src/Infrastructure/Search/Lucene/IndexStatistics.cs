using Lucene.Net.Search;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The state of an index, read in full: the count, and the highest version from every live document's doc values
/// (which also reads the data files, so a damaged index shows here rather than in the first search).
/// </summary>
internal static class IndexStatistics
{
    public static IndexState StateOf(GenerationalIndex index)
    {
        var (readable, state) = index.Inspect(Read);
        return readable ? state ?? IndexState.Missing : IndexState.Corrupt;
    }

    private static IndexState Read(IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        long max = 0;
        foreach (var leaf in reader.Leaves)
        {
            var versions = leaf.AtomicReader.GetNumericDocValues(IndexFieldNames.Version);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; versions is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    max = Math.Max(max, versions.Get(doc));
                }
            }
        }

        return new IndexState(IndexCondition.Readable, reader.NumDocs, max);
    }
}
