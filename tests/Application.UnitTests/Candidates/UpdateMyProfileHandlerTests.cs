using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using static TalentMatch.Application.UnitTests.Candidates.ProfileCommands;

namespace TalentMatch.Application.UnitTests.Candidates;

public sealed class UpdateMyProfileHandlerTests : IAsyncLifetime
{
    private const string UnknownOccupation = "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-00000000dead";
    private const string UnknownSkill = "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-00000000dead";
    private ProfileFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await ProfileFixture.CreateAsync();

    [Fact]
    public async Task Handle_FullProfile_IsSavedWithThePlaceFromTheList()
    {
        await _fixture.UpdateProfile.Handle(Full(), default);

        var saved = await _fixture.ReloadAsync(_fixture.Me);
        saved.DesiredOccupations.Select(o => o.Value).ShouldBe(Full().DesiredOccupations);
        saved.Skills.Count.ShouldBe(2);
        saved.Languages.ShouldContain(new LanguageSkill(LanguageCode.Create("pl"), CefrLevel.C2));
        saved.Certificates.Select(c => c.Value).ShouldBe(["VCA-BASIS", "RIJBEWIJS-B"]);
        saved.Recognition.ShouldBe(DiplomaRecognition.Create(RecognitionStatus.Recognised, RecognitionBody.Duo));
        saved.Home.ShouldNotBeNull().PlaceName.ShouldBe("Leiden");
        saved.Home.Location.ShouldBe(FakePlaceDirectory.Leiden.Location);
        saved.HousingNeed.ShouldBe(HousingNeed.NeedsTemporaryHousing);
        saved.VisibleToEmployers.ShouldBeTrue();
        saved.ConsentsToStatistics.ShouldBeFalse();
        saved.Group.ShouldBe(CandidateGroup.RefugeeStatusHolder);
        saved.ProfileUpdatedAt.ShouldBe(_fixture.UseCase.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Handle_ChangesOnlyTheSignedInCandidate()
    {
        await _fixture.UpdateProfile.Handle(Full(), default);

        var other = await _fixture.ReloadAsync(_fixture.Other);
        other.DesiredOccupations.ShouldBeEmpty();
        other.ProfileUpdatedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Handle_UnknownOccupation_IsAFieldError()
    {
        var error = await Should.ThrowAsync<ValidationException>(() =>
            _fixture.UpdateProfile.Handle(Full() with { DesiredOccupations = [Full().DesiredOccupations[0], UnknownOccupation] }, default).AsTask());

        error.Errors.Keys.ShouldBe(["DesiredOccupations[1]"]);
        (await _fixture.ReloadAsync(_fixture.Me)).DesiredOccupations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_UnknownSkillCertificateAndPlace_AreReportedTogether()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => _fixture.UpdateProfile.Handle(Full() with
        {
            Skills = [ProfileTaxonomy.WeldMetal.Uri.Value, UnknownSkill],
            Certificates = ["VCA-BASIS", "HEFTRUCK"],
            HomePlace = "Atlantis",
        }, default).AsTask());

        error.Errors.Keys.Order().ShouldBe(["Certificates[1]", "HomePlace", "Skills[1]"]);
        error.Errors["HomePlace"].ShouldBe(["We do not know this place. Check the spelling, or enter the nearest town."]);
    }

    [Fact]
    public async Task Handle_StudentOverSixteenHours_BreaksTheDomainRule()
    {
        // The validator catches this first; the domain rule holds even when a caller skips it.
        var error = await Should.ThrowAsync<BusinessRuleException>(() => _fixture.UpdateProfile.Handle(Full() with
        {
            WorkAuthorisation = "StudentWithHoursLimit", HoursPerWeekMin = 10, HoursPerWeekMax = 20,
        }, default).AsTask());

        error.BrokenRule.Code.ShouldBe("StudentHoursLimit");
    }

    [Fact]
    public async Task Handle_MinimalAfterFull_ClearsTheRest()
    {
        await _fixture.UpdateProfile.Handle(Full(), default);

        await _fixture.UpdateProfile.Handle(Minimal(), default);

        var saved = await _fixture.ReloadAsync(_fixture.Me);
        saved.Skills.ShouldBeEmpty();
        saved.Home.ShouldBeNull();
        saved.HoursPerWeek.ShouldBeNull();
        saved.VisibleToEmployers.ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_AccountWithoutCandidateProfile_IsNotFound()
    {
        _fixture.User.Id = UserId.New();

        await Should.ThrowAsync<NotFoundException>(() => _fixture.UpdateProfile.Handle(Full(), default).AsTask());
    }

    [Fact]
    public async Task Handle_Anonymous_IsForbidden()
    {
        _fixture.User.Id = null;

        await Should.ThrowAsync<ForbiddenAccessException>(() => _fixture.UpdateProfile.Handle(Full(), default).AsTask());
    }

    public Task DisposeAsync()
    {
        _fixture.Dispose();
        return Task.CompletedTask;
    }
}
