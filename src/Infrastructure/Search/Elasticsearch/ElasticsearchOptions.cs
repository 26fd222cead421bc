namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The "Search:Elasticsearch" section: where the cluster is, how to authenticate, and the prefix that keeps several
/// installations (or test runs) apart on one cluster. Secrets (ApiKey, Password) come from user-secrets or environment.
/// </summary>
public sealed class ElasticsearchOptions
{
    public const string SectionName = "Search:Elasticsearch";

    /// <summary>The cluster endpoint, e.g. https://search.internal:9200.</summary>
    public Uri? Uri { get; set; }

    /// <summary>An encoded API key (the "encoded" value Kibana shows); used instead of a username and password.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Lower-case start of every index, alias and template name: "&lt;prefix&gt;-vacancies" and so on.</summary>
    public string IndexPrefix { get; set; } = "talentmatch";

    /// <summary>How long one request may take before the client gives up.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
