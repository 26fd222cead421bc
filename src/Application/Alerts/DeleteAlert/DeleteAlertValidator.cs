using FluentValidation;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Application.Alerts.DeleteAlert;

public sealed class DeleteAlertValidator : AbstractValidator<DeleteAlertCommand>
{
    public DeleteAlertValidator() =>
        RuleFor(c => c.Id).NotEmpty().WithMessage(_ => AlertMessages.Get("IdRequired")).OverridePropertyName("id");
}
