using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Notifications.RecordEmailEvents;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.UnitTests.Notifications;

public sealed class RecordEmailEventsValidatorTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly RecordEmailEventsValidator Validator = new();

    [Fact]
    public void Validate_TypicalBatch_Passes()
    {
        Validate(new("bounce", DeliveryProblem.Bounced, "anna@example.test", "alert:1", At),
            new("open", null, null, null, At)).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("no-at-sign")]
    public void Validate_ProblemWithoutAUsableAddress_FailsOnTheAddress(string? address)
    {
        var result = Validate(new EmailEvent("bounce", DeliveryProblem.Bounced, address, null, At));

        result.Errors.ShouldContain(e => e.PropertyName == "Events[0].Address");
    }

    [Fact]
    public void Validate_EventNeedingNothing_NeedsNoAddress() =>
        Validate(new EmailEvent("delivered", null, null, null, At)).IsValid.ShouldBeTrue();

    [Fact]
    public void Validate_OverlongValues_Fail()
    {
        var result = Validate(new EmailEvent(new string('e', 51), DeliveryProblem.Dropped,
            new string('a', 250) + "@example.test", new string('k', 201), At));

        result.Errors.Select(e => e.PropertyName).Distinct()
            .ShouldBe(["Events[0].EventType", "Events[0].Address", "Events[0].IdempotencyKey"], ignoreOrder: true);
    }

    [Fact]
    public void Validate_MoreEventsThanAWebhookHolds_Fails()
    {
        var events = Enumerable.Repeat(new EmailEvent("open", null, null, null, At), RecordEmailEventsCommand.MaxEvents + 1);

        Validator.Validate(new RecordEmailEventsCommand([.. events])).Errors
            .ShouldContain(e => e.PropertyName == "Events");
    }

    [Fact]
    public void Validate_InDutch_SpeaksDutch()
    {
        using var _ = Culture.Use("nl");

        var result = Validate(new EmailEvent("bounce", DeliveryProblem.Bounced, "", null, At));

        result.Errors.First().ErrorMessage.ShouldContain("mag niet leeg zijn");
    }

    private static FluentValidation.Results.ValidationResult Validate(params EmailEvent[] events) =>
        Validator.Validate(new RecordEmailEventsCommand(events));
}
