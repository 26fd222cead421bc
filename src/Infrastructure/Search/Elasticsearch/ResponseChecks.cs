using Elastic.Transport.Products.Elasticsearch;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Turns an unsuccessful response into an <see cref="ElasticsearchIndexException"/> naming status and error type only.</summary>
public static class ResponseChecks
{
    public static T EnsureValid<T>(this T response, string operation)
        where T : ElasticsearchResponse =>
        response.IsValidResponse ? response : throw Failure(response, operation);

    public static int? StatusOf(ElasticsearchResponse response) => response.ApiCallDetails?.HttpStatusCode;

    /// <summary>The server answered with a 5xx: it is there but cannot serve the index.</summary>
    public static bool IsServerError(ElasticsearchResponse response) => StatusOf(response) is >= 500;

    public static bool IsNotFound(ElasticsearchResponse response) => StatusOf(response) == 404;

    public static ElasticsearchIndexException Failure(ElasticsearchResponse response, string operation)
    {
        response.TryGetOriginalException(out var inner);
        var status = StatusOf(response)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response";
        var type = response.ElasticsearchServerError?.Error?.Type ?? inner?.GetType().Name ?? "unknown";
        return new ElasticsearchIndexException($"Elasticsearch {operation} failed: HTTP {status}, {type}.", inner);
    }
}
