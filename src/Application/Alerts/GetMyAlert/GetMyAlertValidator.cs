using FluentValidation;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Application.Alerts.GetMyAlert;

public sealed class GetMyAlertValidator : AbstractValidator<GetMyAlertQuery>
{
    public GetMyAlertValidator() =>
        RuleFor(q => q.Id).NotEmpty().WithMessage(_ => AlertMessages.Get("IdRequired")).OverridePropertyName("id");
}
