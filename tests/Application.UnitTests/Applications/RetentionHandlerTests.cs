using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Applications.DeleteExpiredApplicationData;
using TalentMatch.Application.Applications.HireCandidate;
using TalentMatch.Application.Applications.SendApplicationMessage;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.UnitTests.Applications;

/// <summary>Retention on a fake clock: the vacancy closes, time passes, the use case runs.</summary>
public sealed class RetentionHandlerTests
{
    private static readonly TimeSpan Moment = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Delete_FourWeeksAndAMomentAfterClose_ClearsTheData_FourWeeksLessAMoment_KeepsIt()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await AppliedWithEverythingAsync(f, keepForAYear: false);
        CloseWelding(f);

        f.Cases.Clock.Advance(ApplicationRetention.Unsuccessful - Moment);
        (await f.Retention.Handle(new DeleteExpiredApplicationDataCommand(), default)).ShouldBe(0);
        (await LoadAsync(f, id)).Motivation.ShouldBe("I weld MIG and TIG.");

        f.Cases.Clock.Advance(Moment * 2);
        (await f.Retention.Handle(new DeleteExpiredApplicationDataCommand(), default)).ShouldBe(1);

        var stub = await LoadAsync(f, id);
        (stub.Motivation, stub.Cv, stub.PersonalDataDeletedAt).ShouldBe((string.Empty, (CvDocument?)null, (DateTimeOffset?)f.Now));
        stub.Messages.ShouldBeEmpty();
        stub.Notes.ShouldBeEmpty();
        f.Store.Files.ShouldHaveSingleItem();   // the profile's CV stays; the application's copy is gone
    }

    [Fact]
    public async Task Delete_WithConsent_KeepsItAYear_ThenClearsIt()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await AppliedWithEverythingAsync(f, keepForAYear: true);
        CloseWelding(f);
        var closedAt = f.Now;

        f.Cases.Clock.Advance(ApplicationRetention.Unsuccessful + TimeSpan.FromDays(1));
        (await f.Retention.Handle(new DeleteExpiredApplicationDataCommand(), default)).ShouldBe(0);
        f.Cases.Clock.SetUtcNow(closedAt.AddYears(1) - Moment);
        (await f.Retention.Handle(new DeleteExpiredApplicationDataCommand(), default)).ShouldBe(0);
        (await LoadAsync(f, id)).Messages.ShouldHaveSingleItem();

        f.Cases.Clock.SetUtcNow(closedAt.AddYears(1) + Moment);
        (await f.Retention.Handle(new DeleteExpiredApplicationDataCommand(), default)).ShouldBe(1);
        (await LoadAsync(f, id)).Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_KeepsHiredApplications_AndTheStageCountsStayTheSame()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var hired = await f.AnaAppliesAsync(motivation: "Hire me");
        await f.MoveAsync(hired, ApplicationStage.Interview, ApplicationStage.Offer);
        await f.Hire.Handle(new HireCandidateCommand(hired, new DateOnly(2027, 1, 4), 36, "Permanent", false, false), default);
        var invited = await f.InviteAsync(f.Ana);
        await f.AsCandidate(f.Ana).Accept.Handle(new Application.Applications.AcceptJobInvitation.AcceptJobInvitationCommand(invited, false, false), default);
        await f.MoveAsync(invited, ApplicationStage.Screening, ApplicationStage.NotSelected);
        var before = await StageCountsAsync(f);
        CloseWelding(f);

        f.Cases.Clock.Advance(ApplicationRetention.Unsuccessful + Moment);
        (await f.Retention.Handle(new DeleteExpiredApplicationDataCommand(), default)).ShouldBe(1);

        (await LoadAsync(f, hired)).Motivation.ShouldBe("Hire me");
        (await LoadAsync(f, invited)).PersonalDataDeletedAt.ShouldNotBeNull();
        (await StageCountsAsync(f)).ShouldBe(before, ignoreOrder: true);
        before.ShouldBe(new Dictionary<ApplicationStage, int>
        {
            [ApplicationStage.Invited] = 1, [ApplicationStage.Applied] = 2, [ApplicationStage.Screening] = 1,
            [ApplicationStage.Interview] = 1, [ApplicationStage.Offer] = 1, [ApplicationStage.Hired] = 1,
            [ApplicationStage.NotSelected] = 1,
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task Delete_PublishedVacancy_KeepsEverything()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();
        await f.MoveAsync(id, ApplicationStage.NotSelected);

        f.Cases.Clock.Advance(TimeSpan.FromDays(400));

        (await f.Retention.Handle(new DeleteExpiredApplicationDataCommand(), default)).ShouldBe(0);
    }

    private static async Task<Guid> AppliedWithEverythingAsync(ApplicationFixture f, bool keepForAYear)
    {
        var key = await f.Store.SaveAsync(new MemoryStream("%PDF-1.7 cv"u8.ToArray()), default);
        f.Ana.ReplaceCv(CvDocument.Create(key, "ana.pdf", CvFileType.Pdf, 11, f.Now), f.Now);
        await f.Db.SaveChangesAsync();
        var id = await f.AnaAppliesAsync(includeCv: true, keepForAYear: keepForAYear);
        await f.MoveAsync(id, ApplicationStage.Screening);
        await f.Message.Handle(new SendApplicationMessageCommand(id, ApplicationSide.Employer, "Thanks!"), default);
        await f.Note.Handle(new Application.Applications.AddApplicationNote.AddApplicationNoteCommand(id, "Maybe"), default);
        await f.MoveAsync(id, ApplicationStage.NotSelected);
        f.Store.Files.Count.ShouldBe(2);
        return id;
    }

    private static void CloseWelding(ApplicationFixture f)
    {
        f.Welding.Close(f.X, f.XOwner, f.Now);
        f.Db.SaveChanges();
    }

    private static async Task<JobApplication> LoadAsync(ApplicationFixture f, Guid id)
    {
        await using var check = f.Cases.NewContext();
        return await check.JobApplications.AsSplitQuery().SingleAsync(a => a.Id == new JobApplicationId(id));
    }

    /// <summary>What the monitor counts: applications per stage reached, straight from the history rows.</summary>
    private static async Task<Dictionary<ApplicationStage, int>> StageCountsAsync(ApplicationFixture f)
    {
        await using var check = f.Cases.NewContext();
        return (await check.JobApplications.AsNoTracking().SelectMany(a => a.History, (a, h) => new { a.Id, h.Stage })
                .Distinct().ToListAsync())
            .GroupBy(x => x.Stage).ToDictionary(g => g.Key, g => g.Count());
    }
}
