using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Email;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Placements.Shared;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.UnitTests.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Applications;

/// <summary>
/// Organisation X (owner and a recruiter) with a published welder vacancy created by the owner, organisation Y, and
/// candidates: Ana (visible welder), Bo (visible nurse: no match) and Hidden (a welder who is not visible).
/// </summary>
internal sealed partial class ApplicationFixture : IDisposable
{
    private ApplicationFixture(UseCaseFixture cases) => Cases = cases;

    public UseCaseFixture Cases { get; }

    public Infrastructure.Persistence.SqliteApplicationDbContext Db => Cases.Db;

    public FakeTaxonomy Taxonomy { get; } = TaxonomyExamples.Taxonomy();

    public FakeCurrentUser User { get; } = new();

    public Candidates.InMemoryCvStore Store { get; } = new();

    public Employer X { get; private set; } = null!;

    public Employer Y { get; private set; } = null!;

    public UserId XOwner { get; private set; }

    public UserId XRecruiter { get; private set; }

    public UserId YOwner { get; private set; }

    public Vacancy Welding { get; private set; } = null!;

    public Candidate Ana { get; private set; } = null!;

    public Candidate Bo { get; private set; } = null!;

    public Candidate Hidden { get; private set; } = null!;

    public DateTimeOffset Now => Cases.Clock.GetUtcNow();

    public ApplicationEmails Emails => new(Db, Cases.Identity, new EmailOutbox(Db, new FakeEmailTemplates(), Cases.Clock),
        new FakeAppLinks());

    public PairMatch Pairs => new(new MatchRetrievals(Taxonomy), Taxonomy);

    public ApplicationMapper Mapper => new(Db, Cases.Identity, new CandidateCards(Taxonomy));

    public PlacementMapper PlacementMapper => new(Db, Cases.Identity);

    public JobSnapshots Snapshots => new(Taxonomy);

    public static async Task<ApplicationFixture> CreateAsync()
    {
        var f = new ApplicationFixture(new UseCaseFixture());
        await f.SeedAsync();
        return f;
    }

    public ApplicationFixture As(UserId user)
    {
        User.Id = user;
        return this;
    }

    public ApplicationFixture AsCandidate(Candidate candidate) => As(candidate.UserId);

    public Vacancy PublishWelding(string title, UserId by)
    {
        var vacancy = Vacancy.Draft(X, WelderDetails(title), by, Now);
        vacancy.Publish(X, by, Now, DateOnly.FromDateTime(Now.UtcDateTime));
        Db.Vacancies.Add(vacancy);
        Db.SaveChanges();
        return vacancy;
    }

    public void Dispose() => Cases.Dispose();

    private async Task SeedAsync()
    {
        var identity = Cases.Identity;
        XOwner = await identity.CreateAsync("owner@bouw-x.example", null, Roles.Employer, "nl", true, default);
        XRecruiter = await identity.CreateAsync("recruiter@bouw-x.example", null, Roles.Employer, "en", true, default);
        YOwner = await identity.CreateAsync("owner@zorg-y.example", null, Roles.Employer, "en", true, default);
        X = Employer.Register("Bouw X", KvkNumber.Create("11111111"), false, XOwner, Now);
        var invitation = X.Invite(XOwner, "recruiter@bouw-x.example", "hash", false, Now);
        X.AcceptInvitation(invitation.Id, "hash", XRecruiter, false, Now);
        Y = Employer.Register("Zorg Y", KvkNumber.Create("22222222"), false, YOwner, Now);
        Db.Certificates.AddRange(ShippedCertificates.All.Select(c => Certificate.Create(c.Code, c.NameEn, c.NameNl, true)));
        Db.Employers.AddRange(X, Y);
        Ana = await CandidateAsync("ana@example.org", "Ana Lopez", TaxonomyExamples.Welder.Uri, visible: true, welds: true);
        Bo = await CandidateAsync("bo@example.org", "Bo Jansen", TaxonomyExamples.Nurse.Uri, visible: true, welds: false);
        Hidden = await CandidateAsync("hidden@example.org", "Hanna Verborgen", TaxonomyExamples.Welder.Uri, visible: false, welds: true);
        await Db.SaveChangesAsync();
        Welding = PublishWelding("Lasser", XOwner);
    }

    private async Task<Candidate> CandidateAsync(string email, string name, OccupationUri occupation, bool visible,
        bool welds)
    {
        var user = await Cases.Identity.CreateAsync(email, null, Roles.Candidate, "en", true, default);
        var candidate = Candidate.Register(user, name, Now.AddDays(-40));
        candidate.UpdateProfile(new ProfileDetails([occupation], welds ? [TaxonomyExamples.WeldMetal.Uri] : [], [], null,
            DiplomaRecognition.None, default, [], WorkAuthorisation.EuEeaOrSwissCitizen, null, null, null, false,
            HousingNeed.None, visible, ConsentsToStatistics: true), Now);
        Db.Candidates.Add(candidate);
        return candidate;
    }

    private static VacancyDetails WelderDetails(string title) => new(
        title, "<p>Wij zoeken een lasser.</p>", Sector.Construction, TaxonomyExamples.Welder.Uri,
        [new RequiredSkill(TaxonomyExamples.WeldMetal.Uri, SkillRelation.Essential)],
        [new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1)], EducationLevel.Mbo2, false, false,
        [CertificateCode.Create("VCA-BASIS")], HoursRange.Create(32, 40), ContractType.Permanent,
        SalaryRange.Create(2800, 3400), new VacancyLocation("Leiden", new GeoPoint(52.158, 4.493)), WorkMode.OnSite,
        false, false, false, null, new DateOnly(2026, 12, 31));

    internal static NullLogger<T> Log<T>() => NullLogger<T>.Instance;
}
