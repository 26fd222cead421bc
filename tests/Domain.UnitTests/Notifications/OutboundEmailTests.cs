using TalentMatch.Domain.Notifications;

namespace TalentMatch.Domain.UnitTests.Notifications;

public sealed class OutboundEmailTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Schedule = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), 3);

    private static OutboundEmail NewEmail() =>
        OutboundEmail.Create("confirm:1", "a@example.org", new EmailContent("Subject", "<p>Hi</p>", "Hi"), Now);

    [Fact]
    public void Create_IsPendingAndDueAtOnce()
    {
        var email = NewEmail();

        email.Status.ShouldBe(OutboundEmailStatus.Pending);
        email.NextAttemptAt.ShouldBe(Now);
        email.Attempts.ShouldBe(0);
    }

    [Fact]
    public void Create_WithoutHeaders_HasNone()
    {
        NewEmail().Headers.ShouldBeEmpty();
    }

    [Fact]
    public void Create_WithHeaders_KeepsThemUnderTheirCanonicalNames()
    {
        var email = OutboundEmail.Create("alert:1", "a@example.org", new EmailContent("Subject", "<p>Hi</p>", "Hi"), Now,
            new Dictionary<string, string>
            {
                ["list-unsubscribe"] = "<https://talentmatch.example/u/1>",
                ["List-Unsubscribe-Post"] = EmailHeaders.OneClick,
            });

        email.Headers.Count.ShouldBe(2);
        email.Headers[EmailHeaders.ListUnsubscribe].ShouldBe("<https://talentmatch.example/u/1>");
        email.Headers[EmailHeaders.ListUnsubscribePost].ShouldBe(EmailHeaders.OneClick);
    }

    [Fact]
    public void Create_WithAForbiddenHeader_IsRefused()
    {
        Should.Throw<ArgumentException>(() => OutboundEmail.Create("alert:1", "a@example.org",
            new EmailContent("Subject", "<p>Hi</p>", "Hi"), Now, new Dictionary<string, string> { ["Bcc"] = "x@example.org" }));
    }

    [Fact]
    public void MarkSent_RecordsTheAttemptAndTime()
    {
        var email = NewEmail();

        email.MarkSent(Now.AddSeconds(5));

        email.Status.ShouldBe(OutboundEmailStatus.Sent);
        email.SentAt.ShouldBe(Now.AddSeconds(5));
        email.Attempts.ShouldBe(1);
        email.LeaseOwner.ShouldBeNull();
    }

    [Fact]
    public void RecordFailure_WhenTransient_SchedulesARetryWithBackoff()
    {
        var email = NewEmail();

        email.RecordFailure("503", permanent: false, Now, Schedule);
        email.RecordFailure("503", permanent: false, Now.AddMinutes(1), Schedule);

        email.Status.ShouldBe(OutboundEmailStatus.Pending);
        email.Attempts.ShouldBe(2);
        email.NextAttemptAt.ShouldBe(Now.AddMinutes(1) + TimeSpan.FromMinutes(2));
        email.LastError.ShouldBe("503");
    }

    [Fact]
    public void RecordFailure_WithRetryAfterLongerThanBackoff_WaitsAsAsked()
    {
        var email = NewEmail();

        email.RecordFailure("429", permanent: false, Now, Schedule, retryAfter: TimeSpan.FromMinutes(4));

        (email.Status, email.NextAttemptAt).ShouldBe((OutboundEmailStatus.Pending, Now.AddMinutes(4)));
    }

    [Fact]
    public void RecordFailure_WhenPermanent_FailsAtOnce()
    {
        var email = NewEmail();

        email.RecordFailure("550 no such user", permanent: true, Now, Schedule);

        email.Status.ShouldBe(OutboundEmailStatus.Failed);
    }

    [Fact]
    public void RecordFailure_AfterMaxAttempts_Fails()
    {
        var email = NewEmail();

        for (var i = 0; i < Schedule.MaxAttempts; i++)
        {
            email.RecordFailure("timeout", permanent: false, Now, Schedule);
        }

        email.Status.ShouldBe(OutboundEmailStatus.Failed);
        Should.Throw<InvalidOperationException>(() => email.MarkSent(Now));
    }

    [Fact]
    public void RecordFailure_WithLongError_Truncates()
    {
        var email = NewEmail();

        email.RecordFailure(new string('x', 5000), permanent: false, Now, Schedule);

        email.LastError!.Length.ShouldBe(OutboundEmail.LastErrorMaxLength);
    }
}
