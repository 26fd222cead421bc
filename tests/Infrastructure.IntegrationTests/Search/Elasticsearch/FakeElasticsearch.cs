using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Elastic.Clients.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// An HttpListener on 127.0.0.1 (free port) standing in for a cluster: it records every request and answers with
/// the first canned response whose method and path prefix match, else 404. Lets the adapter's response handling run
/// through the real client and transport without Elasticsearch.
/// </summary>
public sealed class FakeElasticsearch : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _serving;
    private readonly List<(string Method, string PathPrefix, int Status, string Body)> _routes = [];

    public FakeElasticsearch()
    {
        (_listener, BaseAddress) = StartOnFreePort();
        _serving = ServeAsync();
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ElasticsearchClient Client() => new(new ElasticsearchClientSettings(BaseAddress).RequestTimeout(TimeSpan.FromSeconds(10)));

    /// <summary>Answers requests with this method whose path starts with <paramref name="pathPrefix"/>; earlier routes win.</summary>
    public FakeElasticsearch On(string method, string pathPrefix, int status, string body = "{}")
    {
        lock (_routes)
        {
            _routes.Add((method, pathPrefix, status, body));
        }

        return this;
    }

    public IReadOnlyList<RecordedRequest> Where(string method, string pathPrefix) =>
        [.. Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        try
        {
            while (_listener.IsListening)
            {
                var context = await _listener.GetContextAsync();
                var input = context.Request.Headers["Content-Encoding"] == "gzip"
                    ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress)
                    : context.Request.InputStream;
                using var reader = new StreamReader(input, Encoding.UTF8);
                var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
                    context.Request.Url.Query, await reader.ReadToEndAsync(), context.Request.Headers["Accept"],
                    context.Request.ContentType);
                Requests.Enqueue(request);
                var (status, body) = Answer(request);
                context.Response.StatusCode = status;
                context.Response.ContentType = request.Accept ?? "application/json"; // as a cluster does
                context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
                if (request.Method != "HEAD")
                {
                    await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
                }

                context.Response.Close();
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // stopped
        }
    }

    private (int Status, string Body) Answer(RecordedRequest request)
    {
        lock (_routes)
        {
            foreach (var route in _routes)
            {
                if (route.Method == request.Method && request.Path.StartsWith(route.PathPrefix, StringComparison.Ordinal))
                {
                    return (route.Status, route.Body);
                }
            }
        }

        return (404, """{"error":{"type":"resource_not_found_exception","reason":"not canned"},"status":404}""");
    }

    private static (HttpListener Listener, Uri BaseAddress) StartOnFreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var baseAddress = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(baseAddress.ToString());
            try
            {
                listener.Start();
                return (listener, baseAddress);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken meanwhile: try another
            }
        }
    }
}
