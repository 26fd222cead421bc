using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

/// <summary>
/// An HttpListener on 127.0.0.1 (free port) that records requests and answers the next <see cref="Script"/> entry,
/// or <see cref="StatusCode"/> once the script is used up.
/// </summary>
public sealed class FakeSendGridApi : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _serving;

    public FakeSendGridApi()
    {
        (_listener, BaseAddress) = StartOnFreePort();
        _serving = ServeAsync();
    }

    public Uri BaseAddress { get; }

    public int StatusCode { get; set; } = 202;

    public ConcurrentQueue<SendGridRequest> Requests { get; } = new();

    public ConcurrentQueue<FakeSendGridResponse> Script { get; } = new();

    public FakeSendGridApi Answer(int statusCode, string? retryAfter = null)
    {
        Script.Enqueue(new FakeSendGridResponse(statusCode, retryAfter));
        return this;
    }

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
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                Requests.Enqueue(new SendGridRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
                    context.Request.Headers["Authorization"], await reader.ReadToEndAsync()));
                var answer = Script.TryDequeue(out var scripted) ? scripted : new FakeSendGridResponse(StatusCode);
                context.Response.StatusCode = answer.StatusCode;
                if (answer.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers["Retry-After"] = retryAfter;
                }

                var body = answer.StatusCode >= 300 ? """{"errors":[{"message":"refused by the fake"}]}"""u8.ToArray() : [];
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // stopped
        }
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
