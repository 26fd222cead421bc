using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Infrastructure.IntegrationTests.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Candidates;

/// <summary>The whole profile survives a save and a load from a migrated SQLite database.</summary>
public sealed class CandidateProfilePersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly OccupationUri Welder = OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b");
    private static readonly SkillUri Skill = SkillUri.FromId("00000000-0000-4000-8000-0000000000a1");

    [Fact]
    public async Task SaveAndLoad_FullProfile_KeepsEveryField()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var candidate = Candidate.Register(UserId.New(), "Ana", Now);
        candidate.UpdateProfile(FullProfile(), Now.AddHours(1));
        candidate.ReplaceCv(CvDocument.Create("0123456789abcdef0123456789abcdef", "Ana CV.pdf", CvFileType.Pdf, 1234, Now), Now.AddHours(2));
        await using (var context = database.NewContext())
        {
            context.Candidates.Add(candidate);
            await context.SaveChangesAsync();
        }

        await using var reader = database.NewContext();
        var loaded = await reader.Candidates.AsNoTracking().SingleAsync();
        loaded.DesiredOccupations.ShouldBe([Welder]);
        loaded.Skills.ShouldBe([Skill]);
        loaded.Languages.ShouldBe([new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1), new LanguageSkill(LanguageCode.Create("pl"), CefrLevel.C2)]);
        loaded.Certificates.ShouldBe([CertificateCode.Create("VCA-BASIS")]);
        loaded.EducationLevel.ShouldBe(EducationLevel.Mbo3);
        loaded.Recognition.ShouldBe(DiplomaRecognition.Create(RecognitionStatus.Recognised, RecognitionBody.Duo));
        loaded.BigRegistration.ShouldBe(BigRegistrationStatus.NotApplicable);
        loaded.WorkAuthorisation.ShouldBe(WorkAuthorisation.RefugeeStatusHolder);
        loaded.AvailableFrom.ShouldBe(new DateOnly(2027, 1, 4));
        loaded.HoursPerWeek.ShouldBe(WeeklyHours.Create(24, 36));
        loaded.Home.ShouldNotBeNull().PlaceName.ShouldBe("Leiden");
        loaded.Home.Location.ShouldBe(new GeoPoint(52.15833, 4.49306));
        loaded.Home.MaxCommuteKm.ShouldBe(25);
        loaded.WillingToRelocate.ShouldBeTrue();
        loaded.HousingNeed.ShouldBe(HousingNeed.NeedsTemporaryHousing);
        loaded.VisibleToEmployers.ShouldBeTrue();
        loaded.ConsentsToStatistics.ShouldBeFalse();
        loaded.Group.ShouldBe(CandidateGroup.Student);
        loaded.Cv.ShouldNotBeNull().FileName.ShouldBe("Ana CV.pdf");
        loaded.Cv.UploadedAt.ShouldBe(Now);
        loaded.ProfileUpdatedAt.ShouldBe(Now.AddHours(2));
    }

    [Fact]
    public async Task SaveAndLoad_NewCandidate_HasEmptyProfileAndNoOptionalParts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var context = database.NewContext())
        {
            context.Candidates.Add(Candidate.Register(UserId.New(), "Ana", Now));
            await context.SaveChangesAsync();
        }

        await using var reader = database.NewContext();
        var loaded = await reader.Candidates.SingleAsync();
        loaded.DesiredOccupations.ShouldBeEmpty();
        loaded.Languages.ShouldBeEmpty();
        loaded.HoursPerWeek.ShouldBeNull();
        loaded.Home.ShouldBeNull();
        loaded.Cv.ShouldBeNull();
        loaded.Recognition.ShouldBe(DiplomaRecognition.None);
        loaded.VisibleToEmployers.ShouldBeFalse();
        loaded.Completeness().Percent.ShouldBe(0);
    }

    [Fact]
    public async Task Update_ReplacingListsAndRemovingParts_IsSaved()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var context = database.NewContext())
        {
            var candidate = Candidate.Register(UserId.New(), "Ana", Now);
            candidate.UpdateProfile(FullProfile(), Now);
            context.Candidates.Add(candidate);
            await context.SaveChangesAsync();
        }

        await using (var context = database.NewContext())
        {
            var candidate = await context.Candidates.SingleAsync();
            candidate.UpdateProfile(FullProfile() with
            {
                Languages = [new LanguageSkill(LanguageCode.English, CefrLevel.B2)],
                Skills = [],
                HoursPerWeek = null,
                Home = null,
            }, Now.AddDays(1));
            await context.SaveChangesAsync();
        }

        await using var reader = database.NewContext();
        var loaded = await reader.Candidates.SingleAsync();
        loaded.Languages.ShouldBe([new LanguageSkill(LanguageCode.English, CefrLevel.B2)]);
        loaded.Skills.ShouldBeEmpty();
        loaded.HoursPerWeek.ShouldBeNull();
        loaded.Home.ShouldBeNull();
        loaded.ProfileUpdatedAt.ShouldBe(Now.AddDays(1));
    }

    private static ProfileDetails FullProfile() => new(
        [Welder], [Skill],
        [new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1), new LanguageSkill(LanguageCode.Create("pl"), CefrLevel.C2)],
        EducationLevel.Mbo3, DiplomaRecognition.Create(RecognitionStatus.Recognised, RecognitionBody.Duo),
        BigRegistrationStatus.NotApplicable, [CertificateCode.Create("VCA-BASIS")], WorkAuthorisation.RefugeeStatusHolder,
        new DateOnly(2027, 1, 4), WeeklyHours.Create(24, 36),
        HomeLocation.Create(new Place("Leiden", "0546", new GeoPoint(52.15833, 4.49306)), 25),
        WillingToRelocate: true, HousingNeed.NeedsTemporaryHousing, VisibleToEmployers: true, ConsentsToStatistics: false,
        CandidateGroup.Student);
}
