namespace TalentMatch.Domain.Applications;

/// <summary>
/// How long an unsuccessful application's personal data is kept after its vacancy closed (closed or filled): four
/// weeks, or a year when the candidate agreed (to be considered for other jobs). Hired applications are kept.
/// </summary>
public static class ApplicationRetention
{
    public static TimeSpan Unsuccessful { get; } = TimeSpan.FromDays(28);

    /// <summary>The moment the data is due for deletion.</summary>
    public static DateTimeOffset DeleteAt(DateTimeOffset vacancyClosedAt, bool keepForAYear) =>
        keepForAYear ? vacancyClosedAt.AddYears(1) : vacancyClosedAt + Unsuccessful;
}
