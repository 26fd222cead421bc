using FluentValidation;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Shared;

/// <summary>Field rules shared by creating and changing an alert (400 with the field).</summary>
public static class AlertRules
{
    public static IRuleBuilderOptions<T, string?> ValidFrequency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(EnumInput.IsValid<AlertFrequency>).WithMessage(_ => AlertMessages.Get("FrequencyUnknown"));

    public static IRuleBuilderOptions<T, string?> ValidAlertName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(n => (n?.Trim().Length ?? 0) <= AlertSubscription.NameMaxLength)
            .WithMessage(_ => AlertMessages.Format("NameTooLong", AlertSubscription.NameMaxLength));

    /// <summary>Both times or neither, each "hh:mm", and not the same time (that would be all day or never).</summary>
    public static void QuietHoursRules<T>(this AbstractValidator<T> validator, Func<T, string?> from, Func<T, string?> until)
    {
        validator.RuleFor(c => from(c)).Must(AlertTimes.IsValid).When(c => !AlertTimes.IsBlank(from(c)))
            .WithMessage(_ => AlertMessages.Get("TimeFormat")).OverridePropertyName("quietFrom");
        validator.RuleFor(c => until(c)).Must(AlertTimes.IsValid).When(c => !AlertTimes.IsBlank(until(c)))
            .WithMessage(_ => AlertMessages.Get("TimeFormat")).OverridePropertyName("quietUntil");
        validator.RuleFor(c => until(c)).Must(_ => false).When(c => AlertTimes.IsBlank(from(c)) != AlertTimes.IsBlank(until(c)))
            .WithMessage(_ => AlertMessages.Get("QuietHoursBoth"))
            .OverridePropertyName("quietUntil");
        validator.RuleFor(c => until(c)).Must(_ => false)
            .When(c => AlertTimes.TryParse(from(c), out var start) && AlertTimes.TryParse(until(c), out var end) && start == end)
            .WithMessage(_ => AlertMessages.Get("QuietHoursSame")).OverridePropertyName("quietUntil");
    }
}
