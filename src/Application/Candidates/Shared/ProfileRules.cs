using FluentValidation;

namespace TalentMatch.Application.Candidates.Shared;

public static class ProfileRules
{
    /// <summary>Empty, or the name of one of <paramref name="enumType"/>'s values (any case).</summary>
    public static IRuleBuilderOptions<T, string?> ValidChoice<T>(this IRuleBuilder<T, string?> rule, Type enumType) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value)
                || Enum.GetNames(enumType).Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            .WithMessage(_ => ProfileMessages.ChooseAnOption);
}
