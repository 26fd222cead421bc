using FluentValidation;
using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Application.Common.Validation;

/// <summary>Paged lists: page from 1, at most <see cref="MaxPageSize"/> items a page.</summary>
public static class PageRules
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;

    public static IRuleBuilderOptions<T, int?> ValidPage<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, MaxPage).WithName(_ => Messages.Get("Page")).OverridePropertyName("page");

    public static IRuleBuilderOptions<T, int?> ValidPageSize<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, MaxPageSize).WithName(_ => Messages.Get("PageSize")).OverridePropertyName("pageSize");
}
