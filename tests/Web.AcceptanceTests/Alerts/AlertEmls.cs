using Microsoft.EntityFrameworkCore;
using MimeKit;
using TalentMatch.Infrastructure.Email.File;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

/// <summary>The alert e-mails the file outbox wrote for an address, and links in them.</summary>
internal static class AlertEmls
{
    public static string LinkTo(MimeMessage message, string path)
    {
        var link = System.Text.RegularExpressions.Regex.Matches(message.TextBody!, @"https?://[^\s""<>]+")
            .Select(m => new Uri(m.Value)).First(u => u.AbsolutePath.StartsWith(path, StringComparison.Ordinal));
        link.Host.ShouldBe("localhost");
        return link.PathAndQuery;
    }

    public static async Task<MimeMessage> WaitForOneAsync(TalentMatchWebFactory app, string address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await FilesToAsync(app, address) is [var file])
            {
                return await MimeMessage.LoadAsync(file);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No alert .eml for {address} within 30 s.");
    }

    /// <summary>The .eml files of the alert e-mails queued for the address (files are named after the key's hash).</summary>
    public static async Task<List<string>> FilesToAsync(TalentMatchWebFactory app, string address)
    {
        var keys = await app.WithDbAsync(db => db.OutboundEmails.AsNoTracking()
            .Where(e => e.ToAddress == address && e.IdempotencyKey.StartsWith("alert")).Select(e => e.IdempotencyKey).ToListAsync());
        var folder = Path.Combine(app.DataDirectory, "outbox");
        return [.. keys.Select(k => Path.Combine(folder, FileOutboxDirectory.FileNameFor(k))).Where(File.Exists)];
    }
}
