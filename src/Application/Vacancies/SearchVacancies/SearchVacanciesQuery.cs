using Mediator;

namespace TalentMatch.Application.Vacancies.SearchVacancies;

/// <summary>
/// Published, open vacancies by free text (any of en, nl, pl, fr, es) and filters, with facet counts, best first.
/// Lists combine with OR, different filters with AND. <paramref name="Near"/> is a Dutch place name; without
/// <paramref name="RadiusKm"/> it only orders by distance. Choices arrive as names: sectors as codes
/// ("healthcare"), contracts as <c>ContractType</c> names, sort as <c>relevance|date|distance|salary</c>.
/// </summary>
public sealed record SearchVacanciesQuery(
    string? Q = null,
    IReadOnlyList<string>? Sector = null,
    IReadOnlyList<string>? Occupation = null,
    IReadOnlyList<string>? OccupationGroup = null,
    string? Near = null,
    double? RadiusKm = null,
    int? HoursMin = null,
    int? HoursMax = null,
    IReadOnlyList<string>? Contract = null,
    IReadOnlyList<string>? Language = null,
    int? SalaryMin = null,
    bool? SponsorsVisa = null,
    bool? Housing = null,
    DateOnly? PostedSince = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null) : IQuery<VacancySearchResultDto>;
