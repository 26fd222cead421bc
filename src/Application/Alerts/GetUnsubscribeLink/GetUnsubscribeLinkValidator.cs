using FluentValidation;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Application.Alerts.GetUnsubscribeLink;

public sealed class GetUnsubscribeLinkValidator : AbstractValidator<GetUnsubscribeLinkQuery>
{
    public GetUnsubscribeLinkValidator() =>
        RuleFor(q => q.Token).NotEmpty().WithMessage(_ => AlertMessages.Get("UnsubscribeLinkInvalid")).OverridePropertyName("token");
}
