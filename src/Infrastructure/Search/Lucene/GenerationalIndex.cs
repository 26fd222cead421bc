using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// One index kind on disk with its live generation, shared by the vacancy and candidate adapters. Opens lazily (the
/// host can start with a missing or damaged index and rebuild it), serialises generation switches against searches
/// with a reader-writer lock (searches and writes share, a switch or dispose is exclusive), and cleans up generations
/// left behind by a process that died during a rebuild.
/// </summary>
internal sealed partial class GenerationalIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly IndexGenerations _generations;
    private readonly Analyzer _analyzer;
    private readonly ILogger _logger;
    private readonly HashSet<int> _rebuilding = [];
    private LiveIndex? _live;
    private int _liveGeneration;
    private bool _opened;
    private bool _unreadable;
    private bool _disposed;

    public GenerationalIndex(string folder, Analyzer analyzer, ILogger logger)
    {
        _generations = new IndexGenerations(folder);
        _analyzer = analyzer;
        _logger = logger;
        Name = Path.GetFileName(folder);
    }

    public string Name { get; }

    /// <summary>
    /// Runs a read on the live searcher; <paramref name="whenAbsent"/> when there is no index or it cannot be opened
    /// (searches then find nothing until the rebuild the start-up check triggers).
    /// </summary>
    public T Read<T>(Func<IndexSearcher, T> read, T whenAbsent)
    {
        EnsureOpened(createIfMissing: false);
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _live is null ? whenAbsent : _live.Search(read);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Applies writes to the live index (creating it when missing), then commits and refreshes.</summary>
    public void Write(Action<IndexWriter> write)
    {
        EnsureOpened(createIfMissing: true);
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var live = _live ?? throw new InvalidOperationException(
                $"The {Name} search index cannot be opened; rebuild it before writing.");
            write(live.Writer);
            live.CommitAndRefresh();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Reads the whole index to check it: not readable when it cannot be opened or the read hits damage; readable with
    /// no value when there is no index yet.
    /// </summary>
    public (bool Readable, T? Value) Inspect<T>(Func<IndexSearcher, T> read)
    {
        EnsureOpened(createIfMissing: false);
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_live is null)
            {
                return (!_unreadable, default);
            }

            try
            {
                return (true, _live.Search(read));
            }
            catch (Exception ex) when (IsDamage(ex))
            {
                LuceneLog.Unreadable(_logger, ex, Name, _liveGeneration);
                return (false, default);
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose()
    {
        _lock.EnterWriteLock();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _live?.Dispose();
            _live = null;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>What Lucene throws for a damaged or vanished index: all are IO errors in Lucene.NET.</summary>
    internal static bool IsDamage(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or CorruptIndexException or IndexNotFoundException;
}
