namespace TalentMatch.Application.Alerts.Shared;

/// <summary>
/// An alert as its owner sees it. <paramref name="Kind"/>: SavedSearch (with <paramref name="Search"/>),
/// MatchingVacancies, or MatchingCandidates (with <paramref name="VacancyId"/> and its title). Frequency: Instant, Daily
/// or Weekly; quiet hours as local (Europe/Amsterdam) "hh:mm"; <paramref name="Culture"/> the e-mails' language.
/// </summary>
public sealed record AlertDto(
    Guid Id, string Kind, string Name, AlertSearchDto? Search, Guid? VacancyId, string? VacancyTitle, string Frequency,
    string? QuietFrom, string? QuietUntil, bool Paused, string Culture, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? LastDigestAt);
