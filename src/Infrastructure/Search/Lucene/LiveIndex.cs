using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// One open generation: its directory, the single <see cref="IndexWriter"/> Lucene allows on it, and a near-real-time
/// <see cref="SearcherManager"/> over that writer, so a refreshed searcher sees writes without reopening the folder.
/// </summary>
internal sealed class LiveIndex : IDisposable
{
    private readonly LuceneDirectory _directory;

    private LiveIndex(LuceneDirectory directory, IndexWriter writer)
    {
        _directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, Bm25SearcherFactory.Instance);
    }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>Opens a generation folder; <paramref name="create"/> starts an empty index, otherwise it must exist.</summary>
    public static LiveIndex Open(string path, Analyzer analyzer, bool create)
    {
        var writer = OpenWriter(path, analyzer, create, out var directory);
        try
        {
            if (create)
            {
                writer.Commit();
            }

            return new LiveIndex(directory, writer);
        }
        catch
        {
            writer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    public static IndexWriter OpenWriter(string path, Analyzer analyzer, bool create, out LuceneDirectory directory)
    {
        directory = FSDirectory.Open(new DirectoryInfo(path));
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                Similarity = new BM25Similarity(),
            };
            return new IndexWriter(directory, config);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Commits and refreshes, so the writes are on disk and visible to the next search.</summary>
    public void CommitAndRefresh()
    {
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    public T Search<T>(Func<IndexSearcher, T> read)
    {
        var searcher = Searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
    }
}
