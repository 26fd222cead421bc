using System.Diagnostics;
using TalentMatch.Application.Search;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>Fills an index through the bulk path the app's rebuilder uses, timing the index's part of it.</summary>
internal static class IndexBuilder
{
    /// <returns>The first document (kept for the upsert and retrieval benchmarks) and the measurement.</returns>
    public static async Task<(TDocument First, RebuildMeasurement Measurement)> RebuildAsync<TDocument>(
        IDocumentIndex<TDocument> index, IEnumerable<TDocument> documents, string kind, string folder,
        CancellationToken cancellationToken)
    {
        var generating = new Stopwatch();
        var indexing = new Stopwatch();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        long generatingAllocated = 0;
        var count = 0;
        TDocument? first = default;
        indexing.Start();
        await using var rebuild = await index.BeginRebuildAsync(cancellationToken);
        indexing.Stop();
        using var source = documents.GetEnumerator();
        while (true)
        {
            var before = GC.GetTotalAllocatedBytes();
            generating.Start();
            var batch = Next(source);
            generating.Stop();
            generatingAllocated += GC.GetTotalAllocatedBytes() - before;
            if (batch.Count == 0)
            {
                break;
            }

            first ??= batch[0];
            count += batch.Count;
            indexing.Start();
            await rebuild.AddAsync(batch, cancellationToken);
            indexing.Stop();
        }

        var completing = Stopwatch.StartNew();
        await rebuild.CompleteAsync(cancellationToken);
        completing.Stop();
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore - generatingAllocated;
        var measurement = new RebuildMeasurement(kind, count, generating.Elapsed, indexing.Elapsed, completing.Elapsed,
            allocated, SizeOf(folder));
        return (first ?? throw new InvalidOperationException($"No {kind} generated."), measurement);
    }

    private static List<TDocument> Next<TDocument>(IEnumerator<TDocument> source)
    {
        var batch = new List<TDocument>(BenchScale.BatchSize);
        while (batch.Count < BenchScale.BatchSize && source.MoveNext())
        {
            batch.Add(source.Current);
        }

        return batch;
    }

    private static long SizeOf(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
