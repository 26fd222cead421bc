using TalentMatch.Application.Search;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>Documents and requests the Elasticsearch tests share.</summary>
public static class SearchSamples
{
    public static readonly DateOnly Today = new(2026, 3, 2);
    public static readonly GeoPoint Leiden = new(52.1601, 4.4970);
    public static readonly GeoPoint Amsterdam = new(52.3731, 4.8922);

    public static VacancyDocument Vacancy(Guid id, string language = "nl") => new(
        id, 1_772_000_000_123, Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001"), "LUMC", "Verpleegkundige IC",
        "Zorg voor patiënten op de intensive care.", language, "healthcare", "http://data.europa.eu/esco/occupation/nurse",
        "2221", "222", ["verpleegkundige", "nurse"], ["http://data.europa.eu/esco/skill/care"], [], ["zorg"], ["nl:B2"],
        ["BIG"], "Permanent", "OnSite", 32, 36, 3200, 4500, "Leiden", Leiden.Latitude, Leiden.Longitude, true, false, true,
        new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero), new DateOnly(2026, 4, 1));

    public static CandidateDocument Candidate(Guid id) => new(
        id, 1_772_000_000_456, ["healthcare"], ["http://data.europa.eu/esco/occupation/nurse"], ["2221"],
        ["nurse", "verpleegkundige"], ["http://data.europa.eu/esco/skill/care"], ["care"], ["en:C1", "nl:A2"], [],
        "Bachelor", true, 32, new DateOnly(2026, 4, 1), "Leiden", Leiden.Latitude, Leiden.Longitude, 25, false,
        new DateTimeOffset(2026, 2, 20, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Text, every filter, every facet filter and a distance sort.</summary>
    public static VacancySearchRequest FullVacancySearch() => VacancySearchRequest.All(Today) with
    {
        Text = "verpleegkundige intensive care",
        ExpandedOccupationUris = ["http://data.europa.eu/esco/occupation/nurse"],
        Sectors = ["healthcare", "education"],
        OccupationUris = ["http://data.europa.eu/esco/occupation/nurse"],
        OccupationGroups = ["222"],
        ContractTypes = ["Permanent"],
        Languages = ["nl:B2"],
        Near = Leiden,
        RadiusKm = 25,
        HoursMin = 24,
        HoursMax = 36,
        SalaryMin = 3000,
        SponsorsVisa = true,
        Housing = false,
        PostedSince = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Sort = VacancySort.Distance,
        Page = 3,
        PageSize = 10,
    };
}
