using FluentValidation;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>Field rules shared by the application and placement use cases, in the user's language.</summary>
public static class ApplicationFieldRules
{
    public const int MaxStartDistanceDays = 2 * 366;

    public static IRuleBuilderOptions<T, string?> ValidMotivation<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(t => (t?.Trim().Length ?? 0) <= JobApplication.MotivationMaxLength)
            .WithMessage(_ => ApplicationTexts.Format("TooLong", JobApplication.MotivationMaxLength));

    /// <summary>Messages and notes: plain text, not empty, within <paramref name="maxLength"/>.</summary>
    public static IRuleBuilderOptions<T, string?> ValidText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => ApplicationTexts.Get("Required"))
            .Must(t => (t?.Trim().Length ?? 0) <= maxLength)
            .WithMessage(_ => ApplicationTexts.Format("TooLong", maxLength));

    public static IRuleBuilderOptions<T, string?> ValidStage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => EnumInput.TryParse<ApplicationStage>(s, out var stage) && ApplicationStages.EmployerMoves.Contains(stage))
            .WithMessage(_ => ApplicationTexts.Get("ChooseStage"));

    public static IRuleBuilderOptions<T, string?> ValidContractType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(EnumInput.IsValid<ContractType>).WithMessage(_ => ApplicationTexts.Get("ChooseContractType"));

    public static IRuleBuilderOptions<T, int?> ValidHours<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(h => h is >= HoursRange.MinHours and <= HoursRange.MaxHours)
            .WithMessage(_ => ApplicationTexts.Format("HoursOutOfRange", HoursRange.MinHours, HoursRange.MaxHours));

    /// <summary>A start date within two years either side of today: catches typing slips such as 2062.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> ValidStartDate<T>(this IRuleBuilder<T, DateOnly?> rule,
        TimeProvider clock, bool required) =>
        rule.Must(d => d is not null || !required).WithMessage(_ => ApplicationTexts.Get("Required"))
            .Must(d => d is null || Math.Abs(d.Value.DayNumber - clock.Today().DayNumber) <= MaxStartDistanceDays)
            .WithMessage(_ => ApplicationTexts.Get("StartDateOutOfRange"));
}
