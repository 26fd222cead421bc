using FluentValidation;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Application.Alerts.Unsubscribe;

/// <summary>A missing token is the same clear "link not valid" as an altered one (the handler checks the signature).</summary>
public sealed class UnsubscribeValidator : AbstractValidator<UnsubscribeCommand>
{
    public UnsubscribeValidator() =>
        RuleFor(c => c.Token).NotEmpty().WithMessage(_ => AlertMessages.Get("UnsubscribeLinkInvalid")).OverridePropertyName("token");
}
