using System.Text;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email.SendGrid;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

public sealed class SendGridEventsTests
{
    private static readonly DateTimeOffset DeliveredAt = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("""{"event":"bounce","type":"bounce"}""", DeliveryProblem.Bounced)]
    [InlineData("""{"event":"bounce"}""", DeliveryProblem.Bounced)]
    [InlineData("""{"event":"bounce","type":"blocked"}""", DeliveryProblem.Blocked)]
    [InlineData("""{"event":"bounce","type":"something-new"}""", DeliveryProblem.Blocked)]
    [InlineData("""{"event":"dropped","reason":"Bounced Address"}""", DeliveryProblem.Dropped)]
    [InlineData("""{"event":"spamreport"}""", DeliveryProblem.SpamReport)]
    [InlineData("""{"event":"delivered","response":"250 OK"}""", null)]
    [InlineData("""{"event":"deferred","attempt":"5"}""", null)]
    [InlineData("""{"event":"processed"}""", null)]
    [InlineData("""{"event":"open"}""", null)]
    [InlineData("""{"event":"click","url":"https://example.test"}""", null)]
    [InlineData("""{"event":"unsubscribe"}""", null)]
    [InlineData("""{"event":"group_unsubscribe","asm_group_id":1}""", null)]
    public void TryParse_EventKinds_MapToTheirProblem(string item, DeliveryProblem? problem)
    {
        var events = Parse($"[{item}]").ShouldNotBeNull();

        events.ShouldHaveSingleItem().Problem.ShouldBe(problem);
    }

    [Fact]
    public void TryParse_BounceWithOurCustomArgument_CarriesAddressKeyAndTime()
    {
        var parsed = Parse("""
            [{"email":"anna@example.test","timestamp":1764062400,"smtp-id":"<x@y>","event":"bounce","type":"bounce",
              "sg_event_id":"ev-1","sg_message_id":"m-1","idempotency_key":"alert:7:2026112509","reason":"550 5.1.1"}]
            """).ShouldNotBeNull().ShouldHaveSingleItem();

        parsed.EventType.ShouldBe("bounce");
        parsed.Address.ShouldBe("anna@example.test");
        parsed.IdempotencyKey.ShouldBe("alert:7:2026112509");
        parsed.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1764062400));
    }

    [Fact]
    public void TryParse_KeyNestedInUniqueArgs_IsFound()
    {
        Parse("""[{"event":"dropped","email":"a@example.test","unique_args":{"idempotency_key":"k-1"}}]""")
            .ShouldNotBeNull().ShouldHaveSingleItem().IdempotencyKey.ShouldBe("k-1");
    }

    [Theory]
    [InlineData("""[{"event":"open"}]""")]
    [InlineData("""[{"event":"open","timestamp":"soon"}]""")]
    [InlineData("""[{"event":"open","timestamp":-5}]""")]
    [InlineData("""[{"event":"open","timestamp":1.5}]""")]
    public void TryParse_WithoutAUsableTimestamp_UsesTheDeliveryTime(string body)
    {
        Parse(body).ShouldNotBeNull().ShouldHaveSingleItem().OccurredAt.ShouldBe(DeliveredAt);
    }

    [Fact]
    public void TryParse_SeveralEvents_KeepsThemAllInOrder()
    {
        var events = Parse("""[{"event":"processed"},{"event":"delivered"},{"event":"spamreport","email":"b@example.test"}]""");

        events.ShouldNotBeNull().Select(e => e.EventType).ShouldBe(["processed", "delivered", "spamreport"]);
    }

    [Fact]
    public void TryParse_EmptyArray_IsNoEvents() => Parse("[]").ShouldNotBeNull().ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"event":"bounce"}""")]
    [InlineData("""[{"event":"bounce"}""")]
    [InlineData("""["bounce"]""")]
    [InlineData("""[{"email":"a@example.test"}]""")]
    [InlineData("""[{"event":42}]""")]
    [InlineData("""[{"event":"open"},null]""")]
    [InlineData("null")]
    public void TryParse_NotAnArrayOfEvents_IsNull(string body) => Parse(body).ShouldBeNull();

    [Fact]
    public void TryParse_DeeplyNested_IsNull()
    {
        var deep = "[{\"event\":\"open\",\"x\":" + new string('[', 40) + new string(']', 40) + "}]";

        Parse(deep).ShouldBeNull();
    }

    private static IReadOnlyList<Application.Common.Interfaces.EmailEvent>? Parse(string body) =>
        SendGridEvents.TryParse(Encoding.UTF8.GetBytes(body), DeliveredAt);
}
