using TalentMatch.Application.Matching;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Monitoring.GetMonitor;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.UnitTests.Taxonomy;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Monitoring;

/// <summary>
/// A construction employer (welder vacancies) and a healthcare employer (nurse vacancies) on SQLite, with helpers that
/// register candidates and take them through applications to placements at given moments. The clock: 25 November 2026.
/// </summary>
internal sealed class MonitorWorld : IDisposable
{
    private int _people;

    private MonitorWorld(UseCaseFixture cases) => Cases = cases;

    public UseCaseFixture Cases { get; }

    public Infrastructure.Persistence.SqliteApplicationDbContext Db => Cases.Db;

    public FakeTaxonomy Taxonomy { get; } = TaxonomyExamples.Taxonomy();

    public Employer Bouw { get; private set; } = null!;

    public Employer Zorg { get; private set; } = null!;

    public DateTimeOffset Now => Cases.Clock.GetUtcNow();

    public GetMonitorHandler Handler => new(Db, Taxonomy,
        new ShortageFigures(Db, Taxonomy, new MatchRetrievals(Taxonomy), new MatchScorer(Taxonomy), Cases.Clock), Cases.Clock);

    public static async Task<MonitorWorld> CreateAsync()
    {
        var world = new MonitorWorld(new UseCaseFixture());
        var bouw = await world.Cases.Identity.CreateAsync("owner@bouw.example", null, Roles.Employer, "nl", true, default);
        var zorg = await world.Cases.Identity.CreateAsync("owner@zorg.example", null, Roles.Employer, "nl", true, default);
        world.Bouw = Employer.Register("Bouw", KvkNumber.Create("11111111"), false, bouw, world.Now.AddYears(-2));
        world.Zorg = Employer.Register("Zorg", KvkNumber.Create("22222222"), false, zorg, world.Now.AddYears(-2));
        world.Db.Employers.AddRange(world.Bouw, world.Zorg);
        await world.Db.SaveChangesAsync();
        return world;
    }

    public Task<MonitorReport> ReportAsync(string? from = "2026-03", string? to = "2026-04", string? sector = null) =>
        Handler.Handle(new GetMonitorQuery(from, to, sector), default).AsTask();

    /// <summary>Published at <paramref name="at"/>, closing 60 days later: open today only when posted lately.</summary>
    public Vacancy Post(Sector sector, DateTimeOffset at)
    {
        var employer = sector == Sector.Healthcare ? Zorg : Bouw;
        var occupation = sector == Sector.Healthcare ? TaxonomyExamples.Nurse : TaxonomyExamples.Welder;
        var vacancy = Vacancy.Draft(employer, Details(sector, occupation.Uri, DateOnly.FromDateTime(at.UtcDateTime)), employer.OwnerId, at);
        vacancy.Publish(employer, employer.OwnerId, at, DateOnly.FromDateTime(at.UtcDateTime));
        Db.Vacancies.Add(vacancy);
        Db.SaveChanges();
        return vacancy;
    }

    /// <summary>Someone registered <paramref name="registered"/>, wanting the occupation; the name and e-mail are unique.</summary>
    public async Task<Candidate> CandidateAsync(OccupationUri occupation, DateTimeOffset registered, bool consents = true,
        bool visible = false, HousingNeed housing = HousingNeed.None, CandidateGroup? group = CandidateGroup.EuWorker,
        CefrLevel? dutch = null)
    {
        var n = ++_people;
        var user = await Cases.Identity.CreateAsync($"person{n}@example.org", null, Roles.Candidate, "en", true, default);
        var candidate = Candidate.Register(user, $"Person {n}", registered);
        candidate.UpdateProfile(new ProfileDetails([occupation], [TaxonomyExamples.WeldMetal.Uri],
            dutch is { } level ? [new LanguageSkill(LanguageCode.Dutch, level)] : [], null, DiplomaRecognition.None, default, [],
            WorkAuthorisation.EuEeaOrSwissCitizen, null, null, null, false, housing, visible, consents, group), registered);
        Db.Candidates.Add(candidate);
        await Db.SaveChangesAsync();
        return candidate;
    }

    /// <summary>Applies at <paramref name="applied"/> and goes as far as <paramref name="furthest"/>; Hired records the placement.</summary>
    public async Task<JobApplication> ApplyAsync(Candidate candidate, Vacancy vacancy, DateTimeOffset applied,
        ApplicationStage furthest, bool housingArranged = false)
    {
        var employer = vacancy.EmployerId == Zorg.Id ? Zorg : Bouw;
        var application = JobApplication.Apply(candidate, vacancy, string.Empty, null, false, false, applied,
            DateOnly.FromDateTime(applied.UtcDateTime));
        foreach (var stage in new[] { ApplicationStage.Screening, ApplicationStage.Interview, ApplicationStage.Offer }
                     .Where(s => s.Step() <= furthest.Step()))
        {
            application.MoveTo(stage, employer.OwnerId, applied);
        }

        if (furthest == ApplicationStage.Hired)
        {
            application.Hire(employer.OwnerId, applied);
            Db.Placements.Add(Placement.FromHire(application, vacancy, null, PlacementTerms.Create(
                DateOnly.FromDateTime(applied.UtcDateTime), 32, ContractType.Permanent, false, housingArranged), employer.OwnerId, applied));
        }

        Db.JobApplications.Add(application);
        await Db.SaveChangesAsync();
        return application;
    }

    /// <summary><paramref name="count"/> people registered 30 days before and hired on <paramref name="at"/>.</summary>
    public async Task PlaceAsync(int count, Sector sector, DateTimeOffset at, bool consents = true,
        HousingNeed housing = HousingNeed.None, bool arranged = false, int registeredDaysBefore = 30)
    {
        var vacancy = Post(sector, at.AddDays(-5));
        for (var i = 0; i < count; i++)
        {
            var occupation = sector == Sector.Healthcare ? TaxonomyExamples.Nurse.Uri : TaxonomyExamples.Welder.Uri;
            var candidate = await CandidateAsync(occupation, at.AddDays(-registeredDaysBefore), consents, housing: housing);
            await ApplyAsync(candidate, vacancy, at, ApplicationStage.Hired, arranged);
        }
    }

    public void Dispose() => Cases.Dispose();

    private static VacancyDetails Details(Sector sector, OccupationUri occupation, DateOnly today) => new(
        "Vacature", "<p>Wij zoeken iemand.</p>", sector, occupation,
        [new RequiredSkill(TaxonomyExamples.WeldMetal.Uri, SkillRelation.Essential)],
        [new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1)], EducationLevel.Mbo2, false, false, [],
        HoursRange.Create(32, 40), ContractType.Permanent, SalaryRange.Create(2800, 3400),
        new VacancyLocation("Leiden", new GeoPoint(52.158, 4.493)), WorkMode.OnSite, false, false, false, null,
        today.AddDays(60));
}
