using System.Globalization;
using FluentValidation;
using TalentMatch.Domain.Matching;
using TalentMatch.Domain.Matching.Rules;

namespace TalentMatch.Application.GapResources.Shared;

/// <summary>The domain's rules as field errors (400 with the field), shared by adding and changing a resource.</summary>
public static class GapResourceRules
{
    public static IRuleBuilderOptions<T, string?> ValidObstacle<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => ObstacleCodes.IsWellFormed(code?.Trim()))
            .WithMessage(_ => GapResourceMessages.Get("ObstacleCodeFormat"));

    public static IRuleBuilderOptions<T, string?> ValidTitle<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => GapResourceMessages.Get("Required"))
            .Must(t => (t?.Trim().Length ?? 0) <= GapResource.TitleMaxLength)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture,
                GapResourceMessages.Get("TooLong"), GapResource.TitleMaxLength));

    public static IRuleBuilderOptions<T, string?> ValidDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(t => (t?.Trim().Length ?? 0) <= GapResource.DescriptionMaxLength)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture,
                GapResourceMessages.Get("TooLong"), GapResource.DescriptionMaxLength));

    public static IRuleBuilderOptions<T, string?> ValidUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(url => GapResourceUrlMustBeAbsoluteHttp.IsAbsoluteHttp(url?.Trim()))
            .WithMessage(_ => GapResourceMessages.Get("GapResourceUrlFormat"));
}
