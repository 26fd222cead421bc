using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.SearchVacancies;

/// <summary>
/// One page of found vacancies: <paramref name="Total"/> over all pages, <paramref name="Facets"/> by facet name
/// (sector, occupationGroup, contract, language, sponsorship), and <paramref name="Help"/> when nothing was found.
/// </summary>
public sealed record VacancySearchResultDto(
    long Total, int Page, int PageSize, IReadOnlyList<VacancySummaryDto> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets, ZeroResultHelpDto? Help);

/// <summary>A facet value: what to send back as a filter, what to show, and how many vacancies have it.</summary>
public sealed record FacetValueDto(string Value, string Label, long Count);

/// <summary>
/// Ways on when a search found nothing: a spelling the taxonomy knows, how many a wider radius would find, and
/// related occupations that do have vacancies.
/// </summary>
public sealed record ZeroResultHelpDto(
    string? DidYouMean, WiderRadiusDto? WiderRadius, IReadOnlyList<RelatedOccupationDto> RelatedOccupations);

public sealed record WiderRadiusDto(double RadiusKm, long Total);

public sealed record RelatedOccupationDto(string Uri, string Label, long Total);
