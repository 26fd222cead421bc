using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Placements.ConfirmPlacement;
using TalentMatch.Application.Placements.RejectPlacement;
using TalentMatch.Application.Placements.ReportPlacement;
using TalentMatch.Application.UnitTests.Applications;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Placements;

namespace TalentMatch.Application.UnitTests.Placements;

public sealed class PlacementHandlerTests
{
    [Fact]
    public async Task Report_MatchedVacancy_AwaitsTheEmployer_ConfirmCountsIt()
    {
        using var f = await ApplicationFixture.CreateAsync();
        f.Welding.Close(f.X, f.XOwner, f.Now);   // found elsewhere; the vacancy closed since
        await f.Db.SaveChangesAsync();

        var id = await f.AsCandidate(f.Ana).Report.Handle(new ReportPlacementCommand(f.Welding.Id.Value, new DateOnly(2027, 2, 1)), default);

        f.Outbox().ShouldBe([("owner@bouw-x.example", "PlacementReported (nl)", $"placement-reported:{id}")]);
        await f.As(f.XRecruiter).Confirm.Handle(new ConfirmPlacementCommand(id, new DateOnly(2027, 2, 1), 24, "Permanent", false, true), default);
        await using var check = f.Cases.NewContext();
        var placement = await check.Placements.SingleAsync();
        (placement.Status, placement.Source, placement.ApplicationId, placement.HoursPerWeek, placement.HousingArranged, placement.DecidedBy)
            .ShouldBe((PlacementStatus.Confirmed, PlacementSource.Reported, null, (int?)24, true, (UserId?)f.XRecruiter));
        f.Outbox().ShouldContain(("ana@example.org", "PlacementAnswered (en)", $"placement-answered:{id}"));
    }

    [Fact]
    public async Task Report_AfterApplyingHere_BreaksRule()
    {
        using var f = await ApplicationFixture.CreateAsync();
        await f.AnaAppliesAsync();

        var error = await Should.ThrowAsync<BusinessRuleException>(() =>
            f.Report.Handle(new ReportPlacementCommand(f.Welding.Id.Value, null), default).AsTask());

        error.BrokenRule.Code.ShouldBe("PlacementThroughApplication");
    }

    [Fact]
    public async Task Report_NotMatching_BreaksRule_Twice_BreaksRule()
    {
        using var f = await ApplicationFixture.CreateAsync();

        (await Should.ThrowAsync<BusinessRuleException>(() => f.AsCandidate(f.Bo).Report
            .Handle(new ReportPlacementCommand(f.Welding.Id.Value, null), default).AsTask())).BrokenRule.Code.ShouldBe("ReportedVacancyNotMatched");
        await f.AsCandidate(f.Ana).Report.Handle(new ReportPlacementCommand(f.Welding.Id.Value, null), default);
        (await Should.ThrowAsync<BusinessRuleException>(() => f.Report
            .Handle(new ReportPlacementCommand(f.Welding.Id.Value, null), default).AsTask())).BrokenRule.Code.ShouldBe("PlacementAlreadyRecorded");
    }

    [Fact]
    public async Task Reject_ByAnotherOrganisation_IsNotFound_ByTheEmployer_StopsItCounting()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AsCandidate(f.Ana).Report.Handle(new ReportPlacementCommand(f.Welding.Id.Value, null), default);

        await Should.ThrowAsync<NotFoundException>(() => f.As(f.YOwner).Reject.Handle(new RejectPlacementCommand(id), default).AsTask());
        await f.As(f.XOwner).Reject.Handle(new RejectPlacementCommand(id), default);

        (await f.Cases.NewContext().Placements.SingleAsync()).Status.ShouldBe(PlacementStatus.Rejected);
        await f.AsCandidate(f.Ana).Report.Handle(new ReportPlacementCommand(f.Welding.Id.Value, null), default);   // a rejected one does not block
    }
}
