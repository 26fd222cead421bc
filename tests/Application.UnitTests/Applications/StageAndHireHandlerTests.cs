using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Applications.GetMyApplication;
using TalentMatch.Application.Applications.HireCandidate;
using TalentMatch.Application.Applications.MoveApplicationStage;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Applications;

public sealed class StageAndHireHandlerTests
{
    [Fact]
    public async Task Move_EachStage_MailsTheCandidateOnce_AndShowsHumaneWords()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();

        await f.MoveAsync(id, ApplicationStage.Screening, ApplicationStage.Interview);

        f.Outbox().Where(e => e.To == "ana@example.org").Select(e => e.Key).ShouldBe(
            [$"application-stage:{id}:Screening", $"application-stage:{id}:Interview"], ignoreOrder: true);
        using var dutch = Culture.Use("nl");
        var mine = await f.AsCandidate(f.Ana).GetMine.Handle(new GetMyApplicationQuery(id), default);
        mine.History.Select(h => h.Text).ShouldBe(
            ["Je sollicitatie is verstuurd", "Je sollicitatie wordt gelezen", "Je bent uitgenodigd voor een gesprek"]);
    }

    [Fact]
    public async Task Move_Backward_BreaksRule()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();
        await f.MoveAsync(id, ApplicationStage.Interview);

        var error = await Should.ThrowAsync<BusinessRuleException>(() => f.MoveAsync(id, ApplicationStage.Screening));

        error.BrokenRule.Code.ShouldBe("StageMoveNotAllowed");
    }

    [Theory]
    [InlineData("Hired")]
    [InlineData("Applied")]
    [InlineData("Withdrawn")]
    [InlineData("3")]
    [InlineData(null)]
    public void Validator_StageNotAnEmployerMove_IsAFieldError(string? stage) =>
        new MoveApplicationStageValidator().Validate(new MoveApplicationStageCommand(Guid.NewGuid(), stage))
            .Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Stage");

    [Fact]
    public async Task Hire_FromOffer_RecordsAConfirmedPlacementWithTheJobsSnapshot()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();
        await f.MoveAsync(id, ApplicationStage.Interview, ApplicationStage.Offer);
        f.As(f.XRecruiter);

        var placementId = await f.Hire.Handle(new HireCandidateCommand(id, new DateOnly(2027, 1, 4), 36, "FixedTerm", false, true), default);

        await using var check = f.Cases.NewContext();
        var placement = await check.Placements.SingleAsync();
        (placement.Id.Value, placement.Status, placement.Source, placement.ApplicationId?.Value, placement.CandidateId)
            .ShouldBe((placementId, PlacementStatus.Confirmed, PlacementSource.Hired, (Guid?)id, f.Ana.Id));
        (placement.Sector, placement.Occupation, placement.IscoUnitGroup, placement.HoursPerWeek, placement.ContractType)
            .ShouldBe((Sector.Construction, f.Welding.Occupation, (IscoCode?)IscoCode.Create("7212"), (int?)36,
                (ContractType?)ContractType.FixedTerm));
        (placement.StartDate, placement.HousingArranged, placement.SponsorNeeded, placement.HiredAt)
            .ShouldBe(((DateOnly?)new DateOnly(2027, 1, 4), true, false, f.Now));
        (await check.JobApplications.SingleAsync()).Stage.ShouldBe(ApplicationStage.Hired);
        f.Outbox().ShouldContain(("ana@example.org", "ApplicationStageChanged (en)", $"application-stage:{id}:Hired"));
    }

    [Fact]
    public async Task Hire_FromInterview_BreaksRule_AndRecordsNothing()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();
        await f.MoveAsync(id, ApplicationStage.Interview);

        var error = await Should.ThrowAsync<BusinessRuleException>(() =>
            f.Hire.Handle(new HireCandidateCommand(id, new DateOnly(2027, 1, 4), 36, "Permanent", false, false), default).AsTask());

        error.BrokenRule.Code.ShouldBe("HiringNeedsOffer");
        (await f.Cases.NewContext().Placements.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public void HireValidator_BadTerms_NameEachField()
    {
        var validator = new HireCandidateValidator(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(
            new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero)));

        var result = validator.Validate(new HireCandidateCommand(Guid.NewGuid(), new DateOnly(2062, 1, 1), 60, "Forever", false, false));

        result.Errors.Select(e => e.PropertyName).ShouldBe(["StartDate", "HoursPerWeek", "ContractType"], ignoreOrder: true);
        validator.Validate(new HireCandidateCommand(Guid.NewGuid(), null, null, null, false, false)).Errors
            .Select(e => e.PropertyName).ShouldBe(["StartDate", "HoursPerWeek", "ContractType"], ignoreOrder: true);
    }
}
