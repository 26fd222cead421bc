using System.Globalization;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// One full rebuild, measured once while the benchmarks' indexes are built: BeginRebuildAsync, AddAsync in batches of
/// <see cref="BenchScale.BatchSize"/>, CompleteAsync. Generating the documents is timed apart and not counted.
/// </summary>
/// <param name="Allocated">Bytes allocated by the process while indexing (Lucene's merge threads included).</param>
internal sealed record RebuildMeasurement(
    string Kind, int Documents, TimeSpan Generating, TimeSpan Indexing, TimeSpan Completing, long Allocated, long BytesOnDisk)
{
    public double DocumentsPerSecond => Documents / (Indexing + Completing).TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Rebuild {Kind}: {Documents:N0} documents, AddAsync {Indexing.TotalSeconds:F1} s + CompleteAsync "
        + $"{Completing.TotalSeconds:F1} s = {DocumentsPerSecond:N0} documents/s, {Allocated / 1_048_576.0:N0} MB allocated, "
        + $"{BytesOnDisk / 1_048_576.0:N0} MB on disk (generating the documents: {Generating.TotalSeconds:F1} s, not counted)");
}
