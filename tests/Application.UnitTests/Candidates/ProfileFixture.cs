using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Candidates.AddMySkills;
using TalentMatch.Application.Candidates.DeleteMyCv;
using TalentMatch.Application.Candidates.DownloadMyCv;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Application.Candidates.MatchSkillsFromText;
using TalentMatch.Application.Candidates.SuggestSkills;
using TalentMatch.Application.Candidates.UpdateMyProfile;
using TalentMatch.Application.Candidates.UploadMyCv;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.UnitTests.Candidates;

/// <summary>Two registered candidates (the first is signed in), the shipped certificates, and the profile handlers.</summary>
internal sealed class ProfileFixture : IDisposable
{
    private readonly UseCaseFixture _useCase;

    private ProfileFixture(UseCaseFixture useCase, Candidate me, Candidate other)
    {
        _useCase = useCase;
        Me = me;
        Other = other;
        User = new FakeCurrentUser(me.UserId, Roles.Candidate);
    }

    public Candidate Me { get; }

    public Candidate Other { get; }

    public FakeCurrentUser User { get; }

    public ProfileTaxonomy Taxonomy { get; } = new();

    public InMemoryCvStore CvStore { get; } = new();

    public StubVirusScanner Scanner { get; } = new();

    public UseCaseFixture UseCase => _useCase;

    public static async Task<ProfileFixture> CreateAsync()
    {
        var useCase = new UseCaseFixture();
        var now = useCase.Clock.GetUtcNow();
        var ana = await useCase.Identity.CreateAsync("ana@example.org", null, Roles.Candidate, "en", true, default);
        var bo = await useCase.Identity.CreateAsync("bo@example.org", null, Roles.Candidate, "en", true, default);
        var fixture = new ProfileFixture(useCase, Candidate.Register(ana, "Ana", now), Candidate.Register(bo, "Bo", now));
        useCase.Db.Certificates.AddRange(ShippedCertificates.All.Select(c => Certificate.Create(c.Code, c.NameEn, c.NameNl, true)));
        useCase.Db.Candidates.AddRange(fixture.Me, fixture.Other);
        await useCase.Db.SaveChangesAsync();
        return fixture;
    }

    public UpdateMyProfileHandler UpdateProfile => new(_useCase.Db, User, Taxonomy, new FakePlaceDirectory(), _useCase.Clock);

    public GetMyProfileHandler GetProfile => new(_useCase.Db, _useCase.Identity, User, Taxonomy);

    public AddMySkillsHandler AddSkills => new(_useCase.Db, User, Taxonomy, _useCase.Clock);

    public SuggestSkillsHandler SuggestSkills => new(_useCase.Db, User, Taxonomy);

    public MatchSkillsFromTextHandler MatchSkills => new(_useCase.Db, User, Taxonomy);

    public UploadMyCvHandler UploadCv => new(_useCase.Db, User, CvStore, new PrefixCvFileInspector(), Scanner, _useCase.Clock,
        NullLogger<UploadMyCvHandler>.Instance);

    public DownloadMyCvHandler DownloadCv => new(_useCase.Db, User, CvStore);

    public DeleteMyCvHandler DeleteCv => new(_useCase.Db, User, CvStore, _useCase.Clock, NullLogger<DeleteMyCvHandler>.Instance);

    /// <summary>The saved candidate as a fresh context reads it.</summary>
    public async Task<Candidate> ReloadAsync(Candidate candidate)
    {
        await using var context = _useCase.NewContext();
        return await context.Candidates.FindAsync(candidate.Id) ?? throw new InvalidOperationException("gone");
    }

    public void Dispose() => _useCase.Dispose();
}
