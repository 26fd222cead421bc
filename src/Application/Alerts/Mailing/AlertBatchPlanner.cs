using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// Which e-mails one person's live pending items make now: one per instant alert outside its quiet hours, and per
/// digest frequency one digest once its period's ready time has come (only items found by then; later ones wait for
/// the next period). Oldest items first, so the daily cap holds back the newest.
/// </summary>
public sealed class AlertBatchPlanner(AlertMailingPolicy policy)
{
    public IReadOnlyList<AlertMailBatch> Plan(UserId owner, IReadOnlyList<PendingAlert> pending, DateTimeOffset now)
    {
        var batches = pending.Where(p => p.Alert.Frequency == AlertFrequency.Instant && !AlertSchedule.IsQuiet(p.Alert.QuietHours, now))
            .Select(p => new AlertMailBatch(AlertEmailKind.Instant, AlertMailKeys.Instant(p.Alert.Id, p.Items), [p.Alert], p.Items))
            .ToList();
        batches.AddRange(new[] { AlertFrequency.Daily, AlertFrequency.Weekly }
            .Select(f => Digest(owner, f, [.. pending.Where(p => p.Alert.Frequency == f)], now)).OfType<AlertMailBatch>());
        return [.. batches.OrderBy(b => b.OldestFoundAt)];
    }

    private AlertMailBatch? Digest(UserId owner, AlertFrequency frequency, IReadOnlyList<PendingAlert> pending,
        DateTimeOffset now)
    {
        if (pending.Count == 0)
        {
            return null;
        }

        var period = AlertSchedule.Period(frequency, now, policy.DigestTime);
        var ready = AlertSchedule.ReadyAt(period, policy.DigestTime, [.. pending.Select(p => p.Alert.QuietHours).OfType<QuietHours>()]);
        var sections = pending.Select(p => p with { Items = [.. p.Items.Where(i => i.FoundAt <= ready)] })
            .Where(p => p.Items.Count > 0).ToList();
        return now < ready || sections.Count == 0 ? null
            : new AlertMailBatch(frequency == AlertFrequency.Daily ? AlertEmailKind.DailyDigest : AlertEmailKind.WeeklyDigest,
                AlertMailKeys.Digest(owner, frequency, period), [.. sections.Select(s => s.Alert)],
                [.. sections.SelectMany(s => s.Items)]);
    }
}
