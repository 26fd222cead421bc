namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>What one mailing pass did, for logs and tests.</summary>
public sealed class AlertMailPassResult
{
    public int People { get; internal set; }

    public int EmailsQueued { get; internal set; }

    public int ItemsMailed { get; internal set; }

    public int ItemsSkipped { get; internal set; }

    /// <summary>People who reached today's cap in this pass (their other mail waits for tomorrow).</summary>
    public int Capped { get; internal set; }

    /// <summary>Batches another instance mailed first (rolled back here).</summary>
    public int Lost { get; internal set; }
}
