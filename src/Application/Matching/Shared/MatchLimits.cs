using FluentValidation;
using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Application.Matching.Shared;

public static class MatchLimits
{
    public const int Default = 10;
    public const int Max = 50;

    public static IRuleBuilderOptions<T, int?> ValidMatchLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, Max).WithName(_ => Messages.Get("Limit")).OverridePropertyName("limit");
}
