using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Search;

/// <summary>
/// What a vacancy search asks an engine. Every filter is optional and they combine with AND; values inside one
/// list combine with OR. Only published vacancies whose closing date is on or after <see cref="Today"/> are found.
/// </summary>
/// <param name="Text">
/// Free text in any language, matched as <see cref="SearchWords"/>; null or blank (or only function words) finds
/// everything that passes the filters.
/// </param>
/// <param name="ExpandedOccupationUris">
/// ESCO occupations the text names (resolved through the taxonomy in all five languages). A vacancy of one of these
/// occupations matches the text even when none of its words do, and ranks above plain word matches.
/// </param>
/// <param name="Near">Centre for <paramref name="RadiusKm"/> and for sorting by distance.</param>
/// <param name="RadiusKm">Only with <paramref name="Near"/>: the great-circle distance limit. Remote vacancies always pass.</param>
/// <param name="HoursMin">Vacancies whose hours range reaches at least this many hours a week.</param>
/// <param name="HoursMax">Vacancies whose hours range starts at or below this many hours a week.</param>
/// <param name="SalaryMin">Vacancies whose upper salary is at least this (gross a month).</param>
/// <param name="PostedSince">Published at or after this moment.</param>
/// <param name="Page">From 1.</param>
public sealed record VacancySearchRequest(
    string? Text,
    IReadOnlyList<string> ExpandedOccupationUris,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> OccupationUris,
    IReadOnlyList<string> OccupationGroups,
    IReadOnlyList<string> ContractTypes,
    IReadOnlyList<string> Languages,
    GeoPoint? Near,
    double? RadiusKm,
    int? HoursMin,
    int? HoursMax,
    int? SalaryMin,
    bool? SponsorsVisa,
    bool? Housing,
    DateTimeOffset? PostedSince,
    DateOnly Today,
    VacancySort Sort,
    int Page,
    int PageSize)
{
    /// <summary>Words of <see cref="Text"/> that only add relevance (place names next to other words).</summary>
    public IReadOnlyCollection<string> OptionalWords { get; init; } = [];

    /// <summary>How the engines match <see cref="Text"/> (<see cref="SearchWords"/>).</summary>
    public SearchWords Words => SearchWords.Of(Text, OptionalWords);

    /// <summary>A request with no text and no filters, for building others with <c>with</c>.</summary>
    public static VacancySearchRequest All(DateOnly today) => new(
        null, [], [], [], [], [], [], null, null, null, null, null, null, null, null, today, VacancySort.Relevance, 1, 20);
}
