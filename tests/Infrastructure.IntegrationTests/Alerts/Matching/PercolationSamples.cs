using TalentMatch.Application.Search;
using TalentMatch.Domain.Places;
using TalentMatch.Infrastructure.IntegrationTests.Search.Contract;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Matching;

/// <summary>
/// Generated vacancies and saved searches for the percolator's oracle tests: words, places, sectors, filters and radii
/// drawn from small pools so that many searches find something and many find nothing, from a fixed seed.
/// </summary>
internal sealed class PercolationSamples(int seed)
{
    private static readonly string[] DutchTitles =
        ["Lasser", "Lasser TIG", "Verpleegkundige", "Docent wiskunde", "Elektricien", "Timmerman", "Monteur warmtepompen",
         "Installateur zonnepanelen", "Verzorgende IG", "Leraar basisonderwijs", "Constructiebankwerker", "Ziekenverzorgende"];

    private static readonly string[] EnglishTitles =
        ["Welder", "Nurse", "Mathematics teacher", "Electrician", "Carpenter", "Heat pump engineer", "Solar panel installer",
         "Care assistant", "Primary school teacher"];

    private static readonly string[] DescriptionWords =
        ["werk", "team", "veiligheid", "lassen", "zorg", "patiënten", "leerlingen", "bouwplaats", "installatie", "duurzaam",
         "energie", "ervaring", "opleiding", "diploma", "salaris", "contract", "leiden", "welding", "care", "students",
         "safety", "experience", "installations", "heat", "pumps", "de", "het", "een", "van", "and", "the"];

    private static readonly string[] QueryWords =
        ["lasser", "lassen", "welder", "verpleegkundige", "nurse", "docent", "teacher", "elektricien", "warmtepomp",
         "warmtepompen", "zonnepanelen", "zorg", "team", "veiligheid", "bouwplaats", "energie", "leiden", "amsterdam", "de",
         "van", "tig", "monteur", "installateur", "care", "heat", "timmerman", "leraar"];

    private static readonly string[] Sectors = ["construction", "healthcare", "education", "energy"];
    private static readonly string[] Occupations = [WelderUri, NurseUri, TeacherUri, "http://data.europa.eu/esco/occupation/electrician"];
    private static readonly string[] Groups = ["721", "222", "234", "741"];
    private static readonly string[] Contracts = ["Permanent", "Temporary", "Internship"];
    private static readonly string[] Languages = ["nl:B1", "nl:B2", "en:B2", "pl:A2"];
    private static readonly GeoPoint?[] Places = [Leiden, TheHague, Amsterdam, Groningen, null];
    private static readonly string[] PlaceWords = ["leiden", "amsterdam"];

    private readonly Random _random = new(seed);

    public List<VacancyDocument> Vacancies(int count) => [.. Enumerable.Range(0, count).Select(_ => Vacancy())];

    public List<VacancySearchRequest> Searches(int count) => [.. Enumerable.Range(0, count).Select(_ => Search())];

    private VacancyDocument Vacancy()
    {
        var english = _random.Next(4) == 0;
        var title = english ? Pick(EnglishTitles) : Pick(DutchTitles);
        var description = string.Join(' ', Enumerable.Range(0, _random.Next(5, 30)).Select(_ => Pick(DescriptionWords)));
        var occupation = _random.Next(3) == 0 ? null : Pick(Occupations);
        var place = Pick(Places);
        var hoursMin = _random.Next(8, 33);
        return SearchDocumentBuilder.Vacancy(title, description, english ? "en" : "nl") with
        {
            Sector = _random.Next(6) == 0 ? null : Pick(Sectors),
            OccupationUri = occupation,
            OccupationGroup = occupation is null ? null : Pick(Groups),
            OccupationLabels = occupation == WelderUri ? ["lasser", "welder", "spawacz"] : [],
            Languages = [.. Enumerable.Range(0, _random.Next(3)).Select(_ => Pick(Languages)).Distinct()],
            ContractType = _random.Next(6) == 0 ? null : Pick(Contracts),
            WorkMode = _random.Next(8) == 0 ? "Remote" : "OnSite",
            HoursMin = hoursMin,
            HoursMax = hoursMin + _random.Next(0, 9),
            SalaryTo = Maybe(2, () => _random.Next(2500, 5500)),
            Latitude = place?.Latitude,
            Longitude = place?.Longitude,
            VisaSponsorship = _random.Next(3) == 0,
            HousingSupport = _random.Next(4) == 0,
            PublishedAt = Now.AddDays(-_random.Next(0, 30)),
            ClosingDate = _random.Next(4) == 0 ? Today.AddDays(_random.Next(-5, 20)) : null,
        };
    }

    private VacancySearchRequest Search()
    {
        var words = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Pick(QueryWords)).ToList();
        var text = words.Count == 0 ? null : string.Join(' ', words);
        var near = _random.Next(3) == 0 ? Pick(Places) : null;
        return VacancySearchRequest.All(Today) with
        {
            Text = text,
            ExpandedOccupationUris = text is not null && _random.Next(4) == 0 ? [Pick(Occupations)] : [],
            Sectors = Some(6, Sectors),
            OccupationUris = Some(10, Occupations),
            OccupationGroups = Some(10, Groups),
            ContractTypes = Some(8, Contracts),
            Languages = Some(8, Languages),
            Near = near,
            RadiusKm = near is null ? null : Pick<double>([5, 25, 50, 200]),
            HoursMin = Maybe(6, () => _random.Next(16, 40)),
            HoursMax = Maybe(8, () => _random.Next(16, 40)),
            SalaryMin = Maybe(8, () => _random.Next(2000, 5000)),
            SponsorsVisa = Maybe(6, () => _random.Next(2) == 0),
            Housing = Maybe(8, () => true),
            PostedSince = _random.Next(8) == 0 ? Now.AddDays(-_random.Next(0, 30)) : null,
            OptionalWords = [.. words.Where(w => PlaceWords.Contains(w)).Distinct()],
            PageSize = 1000,
        };
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    /// <summary>A value one time in <paramref name="oneIn"/>, else null.</summary>
    private T? Maybe<T>(int oneIn, Func<T> value) where T : struct => _random.Next(oneIn) == 0 ? value() : null;

    private string? Maybe(int oneIn, Func<string> value) => _random.Next(oneIn) == 0 ? value() : null;

    private List<string> Some(int oneIn, string[] values) =>
        _random.Next(oneIn) == 0 ? [.. Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Pick(values)).Distinct()] : [];
}
