using TalentMatch.Application.Alerts.Mailing;

namespace TalentMatch.Infrastructure.Alerts.Mailing;

/// <summary>The "Alerts:Mailing" section: the background mailer of alert e-mails.</summary>
public sealed class AlertMailingOptions
{
    public const string SectionName = "Alerts:Mailing";

    /// <summary>Off in tests that drive <see cref="AlertMailer"/> passes themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a pass looks for items to mail (instant alerts go out within about this time).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Alert e-mails a person gets at most per local calendar day; more waits for the next day.</summary>
    public int DailyCapPerUser { get; set; } = AlertMailingPolicy.Default.DailyCapPerUser;

    /// <summary>Local (Europe/Amsterdam) time of the daily digest, and of the weekly one on Monday.</summary>
    public TimeSpan DigestHour { get; set; } = AlertMailingPolicy.Default.DigestTime.ToTimeSpan();

    public AlertMailingPolicy Policy => new(DailyCapPerUser, TimeOnly.FromTimeSpan(DigestHour));
}
