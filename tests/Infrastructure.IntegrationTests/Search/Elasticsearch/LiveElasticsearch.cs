using Elastic.Clients.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>The cluster the live contract tests use: TALENTMATCH_TEST_ELASTICSEARCH_URL, one unique prefix per test class instance.</summary>
public static class LiveElasticsearch
{
    public const string Variable = "TALENTMATCH_TEST_ELASTICSEARCH_URL";

    public static ElasticsearchClient Client() => new(new ElasticsearchClientSettings(new Uri(
        Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set."))).RequestTimeout(TimeSpan.FromSeconds(60)));

    /// <summary>A lower-case prefix no other run uses, so runs never see each other's indexes.</summary>
    public static string UniquePrefix() => $"tm-test-{Guid.NewGuid():N}"[..24];

    /// <summary>Removes everything a test created under the prefix: aliases go with their indexes.</summary>
    public static async Task DeleteAsync(ElasticsearchClient client, string prefix)
    {
        await client.Indices.DeleteAsync(new Elastic.Clients.Elasticsearch.IndexManagement.DeleteIndexRequest($"{prefix}-*")
        {
            AllowNoIndices = true,
            IgnoreUnavailable = true,
        });
        await client.Indices.DeleteIndexTemplateAsync($"{prefix}-*");
    }
}
