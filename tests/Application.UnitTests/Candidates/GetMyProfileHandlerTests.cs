using TalentMatch.Application.Candidates.GetMyProfile;
using static TalentMatch.Application.UnitTests.Candidates.ProfileCommands;

namespace TalentMatch.Application.UnitTests.Candidates;

public sealed class GetMyProfileHandlerTests : IAsyncLifetime
{
    private ProfileFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await ProfileFixture.CreateAsync();

    [Fact]
    public async Task Handle_NewCandidate_HasEmptyProfileAndZeroCompleteness()
    {
        var profile = await _fixture.GetProfile.Handle(new GetMyProfileQuery("en"), default);

        profile.DisplayName.ShouldBe("Ana");
        profile.Email.ShouldBe("ana@example.org");
        profile.DesiredOccupations.ShouldBeEmpty();
        profile.RecognitionStatus.ShouldBe("None");
        profile.HousingNeed.ShouldBe("None");
        profile.VisibleToEmployers.ShouldBeFalse();
        profile.Completeness.Percent.ShouldBe(0);
        profile.Completeness.Missing.ShouldBe(["Occupations", "Skills", "Languages", "Education", "WorkAuthorisation",
            "Availability", "Location", "Cv"]);
        profile.UpdatedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Handle_InDutch_LabelsOccupationsAndCertificatesInDutch_SkillsInEnglish()
    {
        await _fixture.UpdateProfile.Handle(Full(), default);

        var profile = await _fixture.GetProfile.Handle(new GetMyProfileQuery("nl"), default);

        profile.DesiredOccupations.ShouldHaveSingleItem().Label.ShouldBe("lasser");
        profile.Skills.Select(s => s.Label).ShouldBe(["weld metal", "read engineering drawings"]);
        profile.Certificates.Select(c => c.Name).ShouldBe(["VCA Basisveiligheid (B-VCA)", "Rijbewijs B (auto)"]);
        profile.Languages.Select(l => (l.Language, l.Level)).ShouldBe([("nl", "B1"), ("pl", "C2")]);
        profile.EducationLevel.ShouldBe("Mbo3");
        profile.HomePlace.ShouldBe("Leiden");
        profile.HoursPerWeekMax.ShouldBe(36);
        profile.Completeness.Missing.ShouldBe(["Cv"]);
    }

    [Fact]
    public async Task Handle_ReadsOnlyTheSignedInCandidate()
    {
        await _fixture.UpdateProfile.Handle(Full(), default);
        _fixture.User.Id = _fixture.Other.UserId;

        var profile = await _fixture.GetProfile.Handle(new GetMyProfileQuery("en"), default);

        profile.DisplayName.ShouldBe("Bo");
        profile.DesiredOccupations.ShouldBeEmpty();
    }

    public Task DisposeAsync()
    {
        _fixture.Dispose();
        return Task.CompletedTask;
    }
}
