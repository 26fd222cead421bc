namespace TalentMatch.Infrastructure.Email.Templates.Alerts;

/// <summary>The words of alert e-mails in one language; counts decide singular or plural.</summary>
public sealed record AlertTexts(
    string Code,
    Func<int, string, string> InstantVacanciesSubject,
    Func<int, string, string> InstantCandidatesSubject,
    Func<int, int, string> DailyDigestSubject,
    Func<int, int, string> WeeklyDigestSubject,
    string InstantIntro,
    string DigestIntro,
    string WhyItMatches,
    string Candidate,
    string Occupations,
    string Languages,
    Func<string, string> KmAway,
    Func<int, string> AndMore,
    string UnsubscribeThisAlert,
    string ManageAlerts,
    string UnsubscribeInstant,
    string UnsubscribeDigest,
    string Footer,
    string Signature);
