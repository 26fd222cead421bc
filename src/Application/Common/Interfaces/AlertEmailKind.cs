namespace TalentMatch.Application.Common.Interfaces;

public enum AlertEmailKind
{
    Instant = 0,
    DailyDigest = 1,
    WeeklyDigest = 2,
}
