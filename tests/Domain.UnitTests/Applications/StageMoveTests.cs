using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Vacancies;
using static TalentMatch.Domain.UnitTests.Applications.ApplicationExamples;

namespace TalentMatch.Domain.UnitTests.Applications;

public sealed class StageMoveTests
{
    [Theory]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Screening)]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Interview)]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Offer)]
    [InlineData(ApplicationStage.Screening, ApplicationStage.NotSelected)]
    [InlineData(ApplicationStage.Interview, ApplicationStage.Offer)]
    [InlineData(ApplicationStage.Offer, ApplicationStage.NotSelected)]
    public void MoveTo_ForwardOrNotSelected_RecordsTheStep(ApplicationStage from, ApplicationStage to)
    {
        var application = At(from);

        application.MoveTo(to, Recruiter, Now.AddDays(1));

        var step = application.History[^1];
        (step.From, step.Stage, step.BySide, step.By, step.At)
            .ShouldBe(((ApplicationStage?)from, to, ApplicationSide.Employer, (Common.UserId?)Recruiter, Now.AddDays(1)));
    }

    [Theory]
    [InlineData(ApplicationStage.Interview, ApplicationStage.Screening)]
    [InlineData(ApplicationStage.Screening, ApplicationStage.Screening)]
    [InlineData(ApplicationStage.Offer, ApplicationStage.Interview)]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Hired)]
    [InlineData(ApplicationStage.Offer, ApplicationStage.Hired)]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Withdrawn)]
    public void MoveTo_BackwardStayOrHired_BreaksRule(ApplicationStage from, ApplicationStage to) =>
        CodeOf(() => At(from).MoveTo(to, Recruiter, Now)).ShouldBe("StageMoveNotAllowed");

    [Theory]
    [InlineData(ApplicationStage.Applied)]
    [InlineData(ApplicationStage.Interview)]
    public void Hire_WithoutOffer_BreaksRule(ApplicationStage stage) =>
        CodeOf(() => At(stage).Hire(Recruiter, Now)).ShouldBe("HiringNeedsOffer");

    [Fact]
    public void Hire_FromOffer_IsFinalAndFreesTheSlot()
    {
        var application = At(ApplicationStage.Offer);

        application.Hire(Recruiter, Now);

        (application.Stage, application.IsOpen, application.OpenVacancyId).ShouldBe((ApplicationStage.Hired, false, (VacancyId?)null));
        CodeOf(() => application.MoveTo(ApplicationStage.NotSelected, Recruiter, Now)).ShouldBe("ApplicationFinal");
    }

    [Theory]
    [InlineData(ApplicationStage.Applied)]
    [InlineData(ApplicationStage.Screening)]
    [InlineData(ApplicationStage.Offer)]
    public void Withdraw_FromAnyOpenStage_EndsIt(ApplicationStage stage)
    {
        var application = At(stage);

        application.Withdraw(Recruiter, Now);

        application.Stage.ShouldBe(ApplicationStage.Withdrawn);
        application.History[^1].BySide.ShouldBe(ApplicationSide.Candidate);
        CodeOf(() => application.Withdraw(Recruiter, Now)).ShouldBe("ApplicationFinal");
    }

    [Fact]
    public void ReachedAt_SkippedStage_IsNull()
    {
        var application = At(ApplicationStage.Applied);
        application.MoveTo(ApplicationStage.Interview, Recruiter, Now.AddDays(2));

        (application.ReachedAt(ApplicationStage.Screening), application.ReachedAt(ApplicationStage.Interview))
            .ShouldBe(((DateTimeOffset?)null, (DateTimeOffset?)Now.AddDays(2)));
    }
}
