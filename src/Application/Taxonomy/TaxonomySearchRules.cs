using FluentValidation;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy;

/// <summary>The rules both searches share; errors are keyed by the API's parameter names (q, lang, limit).</summary>
public static class TaxonomySearchRules
{
    public static IRuleBuilderOptions<T, string?> ValidSearchText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(TaxonomySearchLimits.QueryMaxLength)
            .WithName(_ => TaxonomyMessages.Query).OverridePropertyName("q");

    public static IRuleBuilderOptions<T, string?> SupportedLanguage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || TaxonomyLanguage.IsSupported(code))
            .WithMessage(_ => TaxonomyMessages.LanguageNotSupported).OverridePropertyName("lang");

    public static IRuleBuilderOptions<T, int?> ValidLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, TaxonomySearchLimits.MaxLimit)
            .WithName(_ => TaxonomyMessages.Limit).OverridePropertyName("limit");
}
