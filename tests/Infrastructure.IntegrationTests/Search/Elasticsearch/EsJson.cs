using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>Serialises requests with the client's own serializer (as it would send them) and walks the JSON.</summary>
public static class EsJson
{
    private static readonly ElasticsearchClient OfflineClient =
        new(new ElasticsearchClientSettings(new Uri("http://127.0.0.1:9")));

    public static JsonNode Of<T>(T request)
    {
        using var stream = new MemoryStream();
        OfflineClient.RequestResponseSerializer.Serialize(request, stream);
        stream.Position = 0;
        return JsonNode.Parse(stream)!;
    }

    public static JsonNode Source<T>(T document)
    {
        using var stream = new MemoryStream();
        OfflineClient.SourceSerializer.Serialize(document, stream);
        stream.Position = 0;
        return JsonNode.Parse(stream)!;
    }

    /// <summary>A bool clause list; the client writes a single clause as an object rather than an array.</summary>
    public static IReadOnlyList<JsonNode> Clauses(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.Select(n => n!)],
        _ => [node],
    };

    /// <summary>Every object anywhere below <paramref name="node"/> with a property named <paramref name="name"/>, as that property's value.</summary>
    public static IEnumerable<JsonNode> Find(JsonNode? node, string name)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == name && value is not null)
                    {
                        yield return value;
                    }

                    foreach (var found in Find(value, name))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var found in array.SelectMany(item => Find(item, name)))
                {
                    yield return found;
                }

                break;
        }
    }

    public static IReadOnlyList<string> Strings(JsonNode? node) => [.. Clauses(node).Select(n => n.GetValue<string>())];
}
