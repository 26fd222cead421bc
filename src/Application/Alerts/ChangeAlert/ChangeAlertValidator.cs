using FluentValidation;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Application.Alerts.ChangeAlert;

public sealed class ChangeAlertValidator : AbstractValidator<ChangeAlertCommand>
{
    public ChangeAlertValidator()
    {
        RuleFor(c => c.Id).NotEmpty().WithMessage(_ => AlertMessages.Get("IdRequired")).OverridePropertyName("id");
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => AlertMessages.Get("NameRequired"))
            .OverridePropertyName("name");
        RuleFor(c => c.Name).ValidAlertName().OverridePropertyName("name");
        RuleFor(c => c.Frequency).ValidFrequency().OverridePropertyName("frequency");
        this.QuietHoursRules(c => c.QuietFrom, c => c.QuietUntil);
    }
}
