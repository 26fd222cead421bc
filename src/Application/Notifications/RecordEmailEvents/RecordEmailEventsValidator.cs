using FluentValidation;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Notifications.RecordEmailEvents;

/// <summary>
/// A problem must name a plausible address (else it cannot be suppressed); lengths fit the columns they meet.
/// FluentValidation's own messages are already in English and Dutch; the client is the provider, not a person.
/// </summary>
public sealed class RecordEmailEventsValidator : AbstractValidator<RecordEmailEventsCommand>
{
    public RecordEmailEventsValidator()
    {
        RuleFor(c => c.Events).NotNull();
        RuleFor(c => c.Events.Count).LessThanOrEqualTo(RecordEmailEventsCommand.MaxEvents)
            .When(c => c.Events is not null).OverridePropertyName(nameof(RecordEmailEventsCommand.Events));
        RuleForEach(c => c.Events).NotNull().ChildRules(e =>
        {
            e.RuleFor(x => x.EventType).NotEmpty().MaximumLength(EmailEvent.EventTypeMaxLength);
            e.RuleFor(x => x.Address).NotEmpty().MaximumLength(EmailAddress.MaxLength).EmailAddress()
                .When(x => x.Problem is not null);
            e.RuleFor(x => x.IdempotencyKey).MaximumLength(OutboundEmail.IdempotencyKeyMaxLength);
            e.RuleFor(x => x.Problem).IsInEnum();
        });
    }
}
