namespace TalentMatch.Domain.Alerts;

public enum AlertFrequency
{
    /// <summary>One e-mail per new item, soon after it appears (outside quiet hours).</summary>
    Instant = 0,

    /// <summary>One digest a day with the items of the last day.</summary>
    Daily = 1,

    /// <summary>One digest a week.</summary>
    Weekly = 2,
}
