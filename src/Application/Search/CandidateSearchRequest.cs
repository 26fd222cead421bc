using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Search;

/// <summary>
/// An employer's search among visible candidates (only visible candidates are in the index). Filters combine with
/// AND, values in one list with OR.
/// </summary>
/// <param name="ExpandedOccupationUris">As in <see cref="VacancySearchRequest"/>.</param>
/// <param name="Near">With <paramref name="RadiusKm"/>: candidates living within the radius, plus those willing to relocate.</param>
/// <param name="ExcludeNeedsSponsor">True for an employer that cannot sponsor a visa.</param>
/// <param name="Page">From 1.</param>
public sealed record CandidateSearchRequest(
    string? Text,
    IReadOnlyList<string> ExpandedOccupationUris,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> OccupationUris,
    IReadOnlyList<string> SkillUris,
    IReadOnlyList<string> Languages,
    GeoPoint? Near,
    double? RadiusKm,
    bool ExcludeNeedsSponsor,
    int Page,
    int PageSize)
{
    /// <summary>Words of <see cref="Text"/> that only add relevance (place names next to other words).</summary>
    public IReadOnlyCollection<string> OptionalWords { get; init; } = [];

    /// <summary>How the engines match <see cref="Text"/> (<see cref="SearchWords"/>).</summary>
    public SearchWords Words => SearchWords.Of(Text, OptionalWords);
}
