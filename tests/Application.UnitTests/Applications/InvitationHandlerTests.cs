using TalentMatch.Application.Applications.AcceptJobInvitation;
using TalentMatch.Application.Applications.DeclineJobInvitation;
using TalentMatch.Application.Applications.GetApplication;
using TalentMatch.Application.Applications.GetMyApplication;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Applications;

public sealed class InvitationHandlerTests
{
    [Fact]
    public async Task Invite_MatchingVisibleCandidate_MailsThemAndStaysAnonymous()
    {
        using var f = await ApplicationFixture.CreateAsync();

        var id = await f.InviteAsync(f.Ana, "We would like to meet you.");

        f.Outbox().ShouldBe([("ana@example.org", "JobInvitation (en)", $"job-invitation:{id}")]);
        var seen = await f.As(f.XOwner).Get.Handle(new GetApplicationQuery(id), default);
        (seen.Stage, seen.Contact, seen.Origin, seen.Candidate.Id).ShouldBe(("Invited", null, "Invited", f.Ana.Id.Value));
        seen.AllowedStages.ShouldBeEmpty();
        var mine = await f.AsCandidate(f.Ana).GetMine.Handle(new GetMyApplicationQuery(id), default);
        (mine.CanAnswerInvitation, mine.StageText).ShouldBe((true, "You are invited to apply"));
        mine.Messages.ShouldHaveSingleItem().Text.ShouldBe("We would like to meet you.");
    }

    [Fact]
    public async Task Invite_HiddenCandidate_IsNotFound()
    {
        using var f = await ApplicationFixture.CreateAsync();

        await Should.ThrowAsync<NotFoundException>(() => f.InviteAsync(f.Hidden));
    }

    [Fact]
    public async Task Invite_CandidateWhoDoesNotMatch_BreaksRule()
    {
        using var f = await ApplicationFixture.CreateAsync();

        var error = await Should.ThrowAsync<BusinessRuleException>(() => f.InviteAsync(f.Bo));

        error.BrokenRule.Code.ShouldBe("CandidateNotInvitable");
    }

    [Fact]
    public async Task Invite_AnotherOrganisationsVacancy_IsNotFound()
    {
        using var f = await ApplicationFixture.CreateAsync();
        f.As(f.YOwner);

        await Should.ThrowAsync<NotFoundException>(() => f.Invite.Handle(
            new Application.Applications.InviteCandidate.InviteCandidateCommand(f.Welding.Id.Value, f.Ana.Id.Value, null), default).AsTask());
    }

    [Fact]
    public async Task Accept_SharesContactAndMailsTheInviter()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.InviteAsync(f.Ana);

        await f.AsCandidate(f.Ana).Accept.Handle(new AcceptJobInvitationCommand(id, false, true), default);

        var seen = await f.As(f.XOwner).Get.Handle(new GetApplicationQuery(id), default);
        (seen.Stage, seen.Contact?.Name, seen.Contact?.Email).ShouldBe(("Applied", "Ana Lopez", "ana@example.org"));
        seen.AllowedStages.ShouldBe(["Screening", "Interview", "Offer", "NotSelected"]);
        f.Outbox().ShouldContain(("recruiter@bouw-x.example", "InvitationAccepted (en)", $"invitation-accepted:{id}"));
    }

    [Fact]
    public async Task Decline_KeepsTheCandidateAnonymous_AndMailsTheInviter()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.InviteAsync(f.Ana);

        await f.AsCandidate(f.Ana).Decline.Handle(new DeclineJobInvitationCommand(id), default);

        var seen = await f.As(f.XRecruiter).Get.Handle(new GetApplicationQuery(id), default);
        (seen.Stage, seen.Contact, seen.IsOpen).ShouldBe(("Declined", null, false));
        f.Outbox().ShouldContain(("recruiter@bouw-x.example", "InvitationDeclined (en)", $"invitation-declined:{id}"));
        (await f.InviteAsync(f.Ana)).ShouldNotBe(id);
    }
}
