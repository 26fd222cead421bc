using Lucene.Net.Documents;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Opening, rebuilding and switching generations.</summary>
internal sealed partial class GenerationalIndex
{
    /// <summary>Starts a new generation folder beside the live one; only <see cref="Promote"/> makes it live.</summary>
    public LuceneIndexRebuild<TDocument> BeginRebuild<TDocument>(Func<TDocument, Document> map, Func<TDocument, Guid> idOf)
    {
        EnsureOpened(createIfMissing: false);
        _lock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var generation = _generations.Next();
            var path = _generations.PathOf(generation);
            System.IO.Directory.CreateDirectory(path);
            var writer = LiveIndex.OpenWriter(path, _analyzer, create: true, out var directory);
            _rebuilding.Add(generation);
            return new LuceneIndexRebuild<TDocument>(this, generation, writer, directory, map, idOf);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Points the index at a committed generation, reopens on it and deletes the old generations.</summary>
    internal void Promote(int generation, long documents)
    {
        _lock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _generations.Point(generation);
            _rebuilding.Remove(generation);
            _live?.Dispose();
            _live = null;
            _liveGeneration = generation;
            _opened = true;
            _unreadable = false;
            _live = LiveIndex.Open(_generations.PathOf(generation), _analyzer, create: false);
            DeleteOthers();
            LuceneLog.Rebuilt(_logger, Name, generation, documents);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Forgets a rebuild that will not complete and deletes its folder.</summary>
    internal void Abandon(int generation, IndexWriter writer, LuceneDirectory directory)
    {
        writer.Rollback();
        writer.Dispose();
        directory.Dispose();
        _lock.EnterWriteLock();
        try
        {
            _rebuilding.Remove(generation);
            var path = _generations.PathOf(generation);
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }

            LuceneLog.RebuildAbandoned(_logger, Name, generation);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void EnsureOpened(bool createIfMissing)
    {
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_opened && (_live is not null || !createIfMissing || _unreadable))
            {
                return;
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        _lock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Open(createIfMissing);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Under the write lock: opens the generation the pointer names, or a new one when asked to create.</summary>
    private void Open(bool createIfMissing)
    {
        if (!_opened)
        {
            _opened = true;
            var current = _generations.ReadCurrent();
            if (current is { } generation && System.IO.Directory.Exists(_generations.PathOf(generation)))
            {
                _liveGeneration = generation;
                try
                {
                    _live = LiveIndex.Open(_generations.PathOf(generation), _analyzer, create: false);
                }
                catch (Exception ex) when (IsDamage(ex))
                {
                    _unreadable = true;
                    LuceneLog.Unreadable(_logger, ex, Name, generation);
                }
            }

            DeleteOthers();
        }

        if (_live is null && !_unreadable && createIfMissing)
        {
            var generation = _generations.Next();
            _live = LiveIndex.Open(_generations.PathOf(generation), _analyzer, create: true);
            _generations.Point(generation);
            _liveGeneration = generation;
        }
    }

    private void DeleteOthers()
    {
        var keep = new HashSet<int>(_rebuilding);
        if (_liveGeneration > 0)
        {
            keep.Add(_liveGeneration);
        }

        var (deleted, failed) = _generations.DeleteAllExcept(keep);
        if (deleted.Count > 0)
        {
            LuceneLog.RemovedOldGenerations(_logger, Name, string.Join(",", deleted));
        }

        if (failed.Count > 0)
        {
            LuceneLog.OldGenerationsKept(_logger, Name, string.Join(",", failed));
        }
    }
}
