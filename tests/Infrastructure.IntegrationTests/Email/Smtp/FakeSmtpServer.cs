using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Smtp;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 (greeting, EHLO, MAIL FROM, RCPT TO, DATA, RSET, QUIT) that captures
/// what it accepts. The replies to RCPT TO and to the end of DATA can be set to refuse the message.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeSmtpServer(bool silent = false)
    {
        Silent = silent;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Accepts connections but never greets (to make the client time out).</summary>
    public bool Silent { get; }

    public string RecipientReply { get; set; } = "250 2.1.5 OK";

    public string DataReply { get; set; } = "250 2.0.0 Queued";

    public ConcurrentQueue<SmtpEnvelope> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                sessions.Add(new FakeSmtpSession(this, client).RunAsync(_stop.Token));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopped
        }

        await Task.WhenAll(sessions);
    }

    internal void Capture(string mailFrom, IReadOnlyList<string> recipients, string data) =>
        Received.Enqueue(new SmtpEnvelope(mailFrom, recipients,
            MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(data)))));
}
