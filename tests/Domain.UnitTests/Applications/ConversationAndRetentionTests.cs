using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using static TalentMatch.Domain.UnitTests.Applications.ApplicationExamples;

namespace TalentMatch.Domain.UnitTests.Applications;

public sealed class ConversationAndRetentionTests
{
    [Fact]
    public void Post_TrimmedText_RecordsSideAuthorAndTime()
    {
        var application = At(ApplicationStage.Interview);

        var message = application.Post(ApplicationSide.Employer, Recruiter, "  Tuesday 10:00?  ", Now);

        (message.Side, message.AuthorId, message.Text, message.SentAt)
            .ShouldBe((ApplicationSide.Employer, Recruiter, "Tuesday 10:00?", Now));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public void Post_Empty_BreaksRule(string? text) =>
        CodeOf(() => At(ApplicationStage.Applied).Post(ApplicationSide.Candidate, Recruiter, text!, Now))
            .ShouldBe("ApplicationTextDoesNotFit");

    [Fact]
    public void Post_TooLong_BreaksRule() =>
        CodeOf(() => At(ApplicationStage.Applied).Post(ApplicationSide.Candidate, Recruiter,
            new string('x', ApplicationMessage.TextMaxLength + 1), Now)).ShouldBe("ApplicationTextDoesNotFit");

    [Fact]
    public void Post_AfterNotSelected_BreaksRule_ButNotAfterHire()
    {
        var rejected = At(ApplicationStage.Screening);
        rejected.MoveTo(ApplicationStage.NotSelected, Recruiter, Now);

        CodeOf(() => rejected.Post(ApplicationSide.Candidate, Recruiter, "Why?", Now)).ShouldBe("ApplicationClosedForMessages");
        At(ApplicationStage.Hired).Post(ApplicationSide.Employer, Recruiter, "Welcome!", Now).Text.ShouldBe("Welcome!");
    }

    [Fact]
    public void DeletePersonalData_RemovesTextsAndAccounts_KeepsTheStages()
    {
        var application = JobApplication.Apply(Candidate(), Vacancy(), "My motivation", CvCopy(), true, false, Now, Today);
        application.MoveTo(ApplicationStage.Interview, Recruiter, Now.AddDays(1));
        application.Post(ApplicationSide.Employer, Recruiter, "See you", Now);
        application.AddNote(Recruiter, "Strong welder", Now);
        var stages = application.History.Select(h => (h.Stage, h.At, h.BySide)).ToList();

        var file = application.DeletePersonalData(Now.AddDays(60));

        file!.StorageKey.ShouldBe("copy-key");
        (application.Motivation, application.Cv, application.InvitedBy, application.PersonalDataDeletedAt)
            .ShouldBe((string.Empty, (CvDocument?)null, (Common.UserId?)null, (DateTimeOffset?)Now.AddDays(60)));
        application.Messages.ShouldBeEmpty();
        application.Notes.ShouldBeEmpty();
        application.ContactShared.ShouldBeFalse();
        application.History.Select(h => (h.Stage, h.At, h.BySide)).ShouldBe(stages);
        application.History.ShouldAllBe(h => h.By == null);
        application.DeletePersonalData(Now.AddDays(61)).ShouldBeNull();
        CodeOf(() => application.AddNote(Recruiter, "again", Now)).ShouldBe("ApplicationDataDeleted");
        CodeOf(() => application.ChooseRetention(false, Now)).ShouldBe("ApplicationDataDeleted");
    }

    [Fact]
    public void DeleteAt_FourWeeksOrAYearAfterClose()
    {
        var closed = new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);

        (ApplicationRetention.DeleteAt(closed, false), ApplicationRetention.DeleteAt(closed, true))
            .ShouldBe((closed.AddDays(28), new DateTimeOffset(2027, 1, 31, 12, 0, 0, TimeSpan.Zero)));
    }

    private static CvDocument CvCopy() => CvDocument.Create("copy-key", "cv.pdf", CvFileType.Pdf, 1234, Now);
}
