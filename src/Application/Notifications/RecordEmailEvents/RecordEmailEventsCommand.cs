using Mediator;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Notifications.RecordEmailEvents;

/// <summary>
/// Acts on what the mail provider reported (an authentic webhook delivery): hard bounces, drops and spam reports
/// suppress the address for optional mail, and every problem is noted on the outbox message it names.
/// Deliveries may repeat; recording the same events again changes nothing.
/// </summary>
public sealed record RecordEmailEventsCommand(IReadOnlyList<EmailEvent> Events) : ICommand
{
    /// <summary>More than a 1 MB webhook body can hold.</summary>
    public const int MaxEvents = 10_000;
}
