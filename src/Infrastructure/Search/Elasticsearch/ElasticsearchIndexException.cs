namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A request to Elasticsearch failed. The message names the operation, the HTTP status, the server's error type and,
/// for bulk writes, the failing document ids; never document contents, which may hold what a candidate wrote.
/// </summary>
public sealed class ElasticsearchIndexException : Exception
{
    public ElasticsearchIndexException()
    {
    }

    public ElasticsearchIndexException(string message)
        : base(message)
    {
    }

    public ElasticsearchIndexException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
