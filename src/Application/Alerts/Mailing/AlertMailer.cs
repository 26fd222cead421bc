using Microsoft.Extensions.Logging;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// One pass of the alert mailer (the background dispatcher calls it every poll interval; tests call it by hand with
/// a fake clock): everyone with pending items gets what is due now. Safe to run in several instances at once.
/// </summary>
public sealed class AlertMailer(AlertMailQueue queue, AlertPersonMailer people, AlertMailCap cap, TimeProvider clock,
    ILogger<AlertMailer> logger)
{
    public async Task<AlertMailPassResult> RunPassAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var result = new AlertMailPassResult();
        foreach (var owner in await queue.OwnersWithWorkAsync(now, cancellationToken))
        {
            result.People++;
            await MailOneAsync(owner, now, result, cancellationToken);
        }

        await cap.ForgetBeforeAsync(AmsterdamTime.Day(now).AddDays(-2), cancellationToken);
        return result;
    }

    private async Task MailOneAsync(UserId owner, DateTimeOffset now, AlertMailPassResult result, CancellationToken cancellationToken)
    {
        try
        {
            await people.MailAsync(owner, now, result, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One person's trouble (an account lookup, a bad row) must not hold back everyone else's mail.
            AlertMailLog.PersonFailed(logger, ex, owner.Value);
        }
    }
}
