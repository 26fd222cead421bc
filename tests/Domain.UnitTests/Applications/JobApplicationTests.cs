using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Domain.UnitTests.Vacancies;
using static TalentMatch.Domain.UnitTests.Applications.ApplicationExamples;

namespace TalentMatch.Domain.UnitTests.Applications;

public sealed class JobApplicationTests
{
    [Fact]
    public void Apply_PublishedVacancy_StartsAppliedWithContactSharedAndOneStep()
    {
        var vacancy = Vacancy();
        var candidate = Candidate();

        var application = JobApplication.Apply(candidate, vacancy, "  I weld.  ", null, true, false, Now, Today);

        (application.Stage, application.Origin, application.Motivation, application.KeepForAYear)
            .ShouldBe((ApplicationStage.Applied, ApplicationOrigin.Applied, "I weld.", true));
        (application.VacancyId, application.EmployerId, application.OpenVacancyId).ShouldBe((vacancy.Id, vacancy.EmployerId, (VacancyId?)vacancy.Id));
        application.ContactShared.ShouldBeTrue();
        var step = application.History.ShouldHaveSingleItem();
        (step.Stage, step.From, step.BySide, step.By, step.At)
            .ShouldBe((ApplicationStage.Applied, (ApplicationStage?)null, ApplicationSide.Candidate, candidate.UserId, Now));
    }

    [Fact]
    public void Apply_ClosedVacancy_BreaksRule()
    {
        var employer = VacancyExamples.Employer();
        var vacancy = VacancyExamples.Published(employer);
        vacancy.Close(employer, Recruiter, Now);

        CodeOf(() => Applied(vacancy)).ShouldBe("VacancyNotOpenForApplications");
    }

    [Fact]
    public void Apply_AfterClosingDate_BreaksRule() =>
        CodeOf(() => JobApplication.Apply(Candidate(), Vacancy(), "", null, false, false, Now, Today.AddDays(15)))
            .ShouldBe("VacancyNotOpenForApplications");

    [Fact]
    public void Apply_WhenOneIsOpen_BreaksRule() =>
        CodeOf(() => JobApplication.Apply(Candidate(), Vacancy(), "", null, false, alreadyOpen: true, Now, Today))
            .ShouldBe("ApplicationAlreadyOpen");

    [Fact]
    public void Apply_MotivationTooLong_BreaksRule() =>
        CodeOf(() => JobApplication.Apply(Candidate(), Vacancy(), new string('a', JobApplication.MotivationMaxLength + 1),
            null, false, false, Now, Today)).ShouldBe("ApplicationTextDoesNotFit");

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Invite_HiddenOrNotMatching_BreaksRule(bool visible, bool matches) =>
        CodeOf(() => JobApplication.Invite(Vacancy(), Candidate(visible), matches, false, Recruiter, null, Now, Today))
            .ShouldBe("CandidateNotInvitable");

    [Fact]
    public void Invite_WithMessage_WaitsAnonymouslyWithTheMessage()
    {
        var application = JobApplication.Invite(Vacancy(), Candidate(), true, false, Recruiter, "Interested?", Now, Today);

        (application.Stage, application.InvitedBy, application.ContactShared)
            .ShouldBe((ApplicationStage.Invited, (Common.UserId?)Recruiter, false));
        application.Messages.ShouldHaveSingleItem().Text.ShouldBe("Interested?");
    }

    [Fact]
    public void AcceptInvitation_Pending_StartsTheApplicationAndSharesContact()
    {
        var candidate = Candidate();
        var application = JobApplication.Invite(Vacancy(), candidate, true, false, Recruiter, null, Now, Today);

        application.AcceptInvitation(candidate.UserId, null, true, Now.AddHours(1));

        (application.Stage, application.ContactSharedAt, application.KeepForAYear)
            .ShouldBe((ApplicationStage.Applied, (DateTimeOffset?)Now.AddHours(1), true));
        application.History.Select(h => h.Stage).ShouldBe([ApplicationStage.Invited, ApplicationStage.Applied]);
        CodeOf(() => application.DeclineInvitation(candidate.UserId, Now)).ShouldBe("InvitationNotPending");
    }

    [Fact]
    public void DeclineInvitation_EndsItAnonymously()
    {
        var candidate = Candidate();
        var application = JobApplication.Invite(Vacancy(), candidate, true, false, Recruiter, null, Now, Today);

        application.DeclineInvitation(candidate.UserId, Now);

        (application.Stage, application.IsOpen, application.ContactShared, application.OpenVacancyId)
            .ShouldBe((ApplicationStage.Declined, false, false, (VacancyId?)null));
    }

    [Fact]
    public void Steps_OnPendingInvitation_BreakRule()
    {
        var application = JobApplication.Invite(Vacancy(), Candidate(), true, false, Recruiter, null, Now, Today);

        CodeOf(() => application.MoveTo(ApplicationStage.Screening, Recruiter, Now)).ShouldBe("InvitationNotAnswered");
        CodeOf(() => application.Withdraw(Recruiter, Now)).ShouldBe("InvitationNotAnswered");
    }
}
