using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace TalentMatch.Web.AcceptanceTests.Infrastructure;

/// <summary>Reads what the app queued in its database mail outbox, as the recipient would read the e-mail.</summary>
public static partial class Outbox
{
    public static async Task<IReadOnlyList<(string Subject, string Text)>> MessagesToAsync(this TalentMatchWebFactory app,
        string address) =>
        await app.WithDbAsync(async db => (await db.OutboundEmails.AsNoTracking()
                .Where(e => e.ToAddress == address).ToListAsync())
            .OrderBy(e => e.CreatedAt).Select(e => (e.Subject, e.TextBody)).ToList());

    /// <summary>The path and query of the first link to <paramref name="pathPrefix"/> in the newest message to the address.</summary>
    public static async Task<string> LinkToAsync(this TalentMatchWebFactory app, string address, string pathPrefix)
    {
        var messages = await app.MessagesToAsync(address);
        messages.ShouldNotBeEmpty($"no e-mail to {address}");
        var match = LinkPattern().Matches(messages[^1].Text)
            .Select(m => new Uri(m.Value))
            .FirstOrDefault(u => u.AbsolutePath.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase));
        match.ShouldNotBeNull($"no link to {pathPrefix} in: {messages[^1].Text}");
        return match.PathAndQuery;
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
