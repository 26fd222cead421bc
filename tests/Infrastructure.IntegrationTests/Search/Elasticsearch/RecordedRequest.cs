using System.Text.Json.Nodes;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>One request the fake cluster received: method, path, query string and body.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string Body, string? Accept = null, string? ContentType = null)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>A bulk body: one JSON object a line.</summary>
    public IReadOnlyList<JsonNode> NdJson =>
        [.. Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)];
}
