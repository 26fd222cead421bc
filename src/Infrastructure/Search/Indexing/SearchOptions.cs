namespace TalentMatch.Infrastructure.Search.Indexing;

public enum SearchEngine
{
    /// <summary>Embedded: Lucene.NET indexes on disk in the data folder. One instance only.</summary>
    Lucene = 0,

    /// <summary>Scale-out: a shared Elasticsearch cluster (section Search:Elasticsearch).</summary>
    Elasticsearch = 1,
}

/// <summary>Section "Search": which engine, and how the index outbox is worked off.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    public SearchEngine Engine { get; set; } = SearchEngine.Lucene;

    /// <summary>Lucene's folder, relative to the data folder.</summary>
    public string LuceneDirectory { get; set; } = "index";

    /// <summary>Off only in tools that must not touch the index (the dispatcher then never runs).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often to look for changes made by other instances (saves in this one wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 200;

    /// <summary>With more changes than this waiting (say after a bulk import), rebuilding is faster than catching up.</summary>
    public int RebuildThreshold { get; set; } = 20_000;

    /// <summary>At start, compare each index with the database and rebuild a missing, corrupt or stale one.</summary>
    public bool CheckOnStart { get; set; } = true;
}
