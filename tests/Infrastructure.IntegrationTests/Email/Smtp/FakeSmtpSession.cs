using System.Net.Sockets;
using System.Text;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Smtp;

/// <summary>One client connection to <see cref="FakeSmtpServer"/>.</summary>
internal sealed class FakeSmtpSession(FakeSmtpServer server, TcpClient client)
{
    private readonly List<string> _recipients = [];
    private string _mailFrom = string.Empty;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var connection = client;
        try
        {
            if (server.Silent)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            var stream = connection.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost Fake ESMTP");
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                await writer.WriteLineAsync(Reply(command, line));
                if (command == "QUIT")
                {
                    return;
                }

                if (command == "DATA")
                {
                    var data = await ReadDataAsync(reader, cancellationToken);
                    if (server.DataReply.StartsWith('2'))
                    {
                        server.Capture(_mailFrom, [.. _recipients], data);
                    }

                    await writer.WriteLineAsync(server.DataReply);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // the client went away or the server stopped
        }
    }

    private string Reply(string command, string line)
    {
        switch (command)
        {
            case "EHLO" or "HELO":
                return "250 localhost";
            case "MAIL":
                _mailFrom = Address(line);
                _recipients.Clear();
                return "250 2.1.0 OK";
            case "RCPT":
                _recipients.Add(Address(line));
                return server.RecipientReply;
            case "DATA":
                return "354 End data with <CR><LF>.<CR><LF>";
            case "QUIT":
                return "221 2.0.0 Bye";
            default:
                return "250 OK"; // RSET, NOOP
        }
    }

    private static async Task<string> ReadDataAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Address(string line) => line[(line.IndexOf('<') + 1)..line.IndexOf('>')];
}
