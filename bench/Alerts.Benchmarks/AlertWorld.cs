using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Places;
using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Alerts.Benchmarks;

/// <summary>
/// Generated, from a fixed seed, on the real ESCO taxonomy: new vacancies of the 435 sector occupations in the Leiden
/// region, candidates' saved searches as people type them (a job title in Dutch or English, mostly with a place and a
/// radius, sometimes a sector or only a sector and a place), and candidates' profile alerts (one or two wanted
/// occupations of a sector and part of their essential skills).
/// </summary>
internal sealed class AlertWorld
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private static readonly string[] RegionPlaces =
        ["Leiden", "Leiderdorp", "Oegstgeest", "Katwijk", "Noordwijk", "Voorschoten", "Wassenaar", "Zoeterwoude",
         "Alphen aan den Rijn", "Den Haag", "Zoetermeer", "Delft", "Haarlem", "Lisse", "Hillegom", "Gouda", "Amsterdam",
         "Rotterdam", "Utrecht", "Teylingen"];

    private readonly ITaxonomy _taxonomy;
    private readonly Random _random;
    private readonly List<EscoOccupation> _occupations;
    private readonly List<Place> _places;
    private readonly Employer _employer;
    private readonly UserId _owner = UserId.New();

    public AlertWorld(ITaxonomy taxonomy, IPlaceDirectory places, int seed)
    {
        _taxonomy = taxonomy;
        _random = new Random(seed);
        _occupations = [.. taxonomy.Occupations.Where(o => o.Sector is not null).OrderBy(o => o.Uri.Value, StringComparer.Ordinal)];
        _places = [.. RegionPlaces.Select(places.Find).OfType<Place>()];
        _employer = Employer.Register("Bench Werkgever", KvkNumber.Create("12345678"), false, _owner, Now);
        _employer.UpdateDetails(_owner, new EmployerDetails("Bench Werkgever", [.. Sector.All], [], true, Today.AddDays(-1), true, true), Today);
    }

    public int SectorOccupations => _occupations.Count;

    public List<Vacancy> Vacancies(int count) => [.. Enumerable.Range(0, count).Select(_ => Vacancy())];

    public List<(SavedSearchCriteria Criteria, string Culture)> SavedSearches(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => SavedSearch())];

    public List<Candidate> Profiles(int count) => [.. Enumerable.Range(0, count).Select(_ => Profile())];

    private Vacancy Vacancy()
    {
        var occupation = Pick(_occupations);
        var english = _random.Next(5) == 0;
        var title = occupation.Labels.PreferredIn(english ? TaxonomyLanguage.English : TaxonomyLanguage.Dutch);
        var place = Pick(_places);
        var essential = _taxonomy.SkillsOf(occupation.Uri, SkillRelation.Essential);
        var optional = _taxonomy.SkillsOf(occupation.Uri, SkillRelation.Optional);
        var skills = Sample(essential, (int)Math.Ceiling(essential.Count * (0.6 + (0.4 * _random.NextDouble()))))
            .Select(s => new RequiredSkill(s.Skill, SkillRelation.Essential))
            .Concat(Sample(optional, Math.Min(optional.Count, _random.Next(0, 6))).Select(s => new RequiredSkill(s.Skill, SkillRelation.Optional)))
            .ToList();
        var description = english
            ? $"<p>We are looking for a {title} in {place.Name}. You work in a team on safe, sustainable work.</p>"
            : $"<p>Wij zoeken een {title} in {place.Name}. Je werkt in een team aan veilig en duurzaam werk.</p>";
        var hours = Pick(new[] { (24, 32), (32, 40), (36, 40), (16, 24) });
        var details = new VacancyDetails(title, description, occupation.Sector, occupation.Uri, skills,
            _random.Next(3) == 0 ? [] : [new LanguageSkill(LanguageCode.Dutch, Pick(new[] { CefrLevel.A2, CefrLevel.B1, CefrLevel.B2 }))],
            null, false, false, [], HoursRange.Create(hours.Item1, hours.Item2), Pick(new[] { ContractType.Permanent, ContractType.FixedTerm }),
            SalaryRange.Create(2600, 2600 + (100 * _random.Next(5, 25))), VacancyLocation.Of(place),
            _random.Next(15) == 0 ? WorkMode.Remote : WorkMode.OnSite, _random.Next(5) == 0, false, _random.Next(7) == 0, null,
            Today.AddDays(30));
        return Domain.Vacancies.Vacancy.Draft(_employer, details, _owner, Now);
    }

    private (SavedSearchCriteria, string) SavedSearch()
    {
        var occupation = Pick(_occupations);
        var culture = _random.Next(3) == 0 ? "en" : "nl";
        var title = occupation.Labels.PreferredIn(culture == "en" ? TaxonomyLanguage.English : TaxonomyLanguage.Dutch);
        var place = Pick(_places).Name;
        var radius = (double)Pick(new[] { 10, 25, 25, 50 });
        var sector = new[] { occupation.Sector!.Code };
        var roll = _random.Next(100);
        SavedSearchCriteria criteria = roll switch
        {
            < 50 => Criteria(title, [], place, radius),
            < 70 => Criteria(title, sector, place, radius),
            < 85 => Criteria(title, [], null, null),
            < 95 => Criteria(null, sector, place, radius),
            _ => Criteria($"{title} {place.ToLowerInvariant()}", [], null, null),
        };
        return (criteria, culture);
    }

    private static SavedSearchCriteria Criteria(string? text, IReadOnlyList<string> sectors, string? near, double? radius) =>
        new(text, sectors, [], [], [], near, radius, null, null, null, null, null);

    private Candidate Profile()
    {
        var first = Pick(_occupations);
        var wanted = _random.Next(3) == 0
            ? new[] { first, Pick([.. _occupations.Where(o => o.Sector == first.Sector)]) }.Distinct().ToList()
            : [first];
        var skills = wanted.SelectMany(o => Sample(_taxonomy.SkillsOf(o.Uri, SkillRelation.Essential), _random.Next(2, 10)))
            .Select(s => s.Skill).Distinct().ToList();
        var candidate = Candidate.Register(UserId.New(), "Bench candidate", Now);
        candidate.UpdateProfile(new ProfileDetails([.. wanted.Select(o => o.Uri)], skills,
            [new LanguageSkill(LanguageCode.Dutch, Pick(new[] { CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2 })),
             new LanguageSkill(LanguageCode.English, CefrLevel.B2)],
            null, DiplomaRecognition.None, BigRegistrationStatus.NotApplicable, [],
            _random.Next(10) == 0 ? WorkAuthorisation.NeedsSponsorHighlySkilledMigrant : WorkAuthorisation.EuEeaOrSwissCitizen,
            null, WeeklyHours.Create(32, 40), HomeLocation.Create(Pick(_places), Pick(new[] { 15, 25, 40 })), _random.Next(4) == 0,
            HousingNeed.None, true, true), Now);
        return candidate;
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    private List<T> Sample<T>(IReadOnlyList<T> values, int count) =>
        [.. values.OrderBy(_ => _random.Next()).Take(Math.Min(count, values.Count))];
}
