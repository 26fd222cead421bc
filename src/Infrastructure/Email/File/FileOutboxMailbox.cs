using MimeKit;

namespace TalentMatch.Infrastructure.Email.File;

/// <summary>
/// Reads what the file adapter wrote, for the development mailbox page. Only file names the adapter produces
/// are opened, so a name taken from a URL cannot reach outside the outbox folder.
/// </summary>
public sealed class FileOutboxMailbox(FileOutboxDirectory directory)
{
    /// <summary>The newest <paramref name="limit"/> messages, newest first (by Date header, then file name).</summary>
    public async Task<IReadOnlyList<FileOutboxEntry>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (!Directory.Exists(directory.FullPath))
        {
            return [];
        }

        var entries = new List<FileOutboxEntry>();
        foreach (var path in Directory.EnumerateFiles(directory.FullPath, "*" + FileOutboxDirectory.Extension))
        {
            var fileName = Path.GetFileName(path);
            if (FileOutboxDirectory.IsMessageFileName(fileName)
                && await TryLoadHeadersAsync(path, cancellationToken) is { } headers)
            {
                entries.Add(new FileOutboxEntry(fileName, DateOf(headers), headers[HeaderId.To] ?? string.Empty,
                    headers[HeaderId.Subject] ?? string.Empty));
            }
        }

        return [.. entries.OrderByDescending(e => e.Date).ThenBy(e => e.FileName, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>The message stored as <paramref name="fileName"/>, or null when there is none by that name.</summary>
    public async Task<FileOutboxMessage?> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory.FullPath, fileName);
        if (!FileOutboxDirectory.IsMessageFileName(fileName) || !System.IO.File.Exists(path))
        {
            return null;
        }

        var message = await MimeMessage.LoadAsync(path, cancellationToken);
        return new FileOutboxMessage(fileName, message.Date, message.From.ToString(), message.To.ToString(),
            message.Subject ?? string.Empty, message.MessageId ?? string.Empty, message.TextBody, message.HtmlBody);
    }

    private static async Task<HeaderList?> TryLoadHeadersAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await HeaderList.LoadAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            return null; // removed meanwhile, or not a message: leave it out of the list
        }
    }

    private static DateTimeOffset DateOf(HeaderList headers) =>
        MimeKit.Utils.DateUtils.TryParse(headers[HeaderId.Date] ?? string.Empty, out var date) ? date : DateTimeOffset.MinValue;
}
