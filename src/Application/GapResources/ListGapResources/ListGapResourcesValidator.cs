using FluentValidation;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.GapResources.Shared;

namespace TalentMatch.Application.GapResources.ListGapResources;

public sealed class ListGapResourcesValidator : AbstractValidator<ListGapResourcesQuery>
{
    public ListGapResourcesValidator() =>
        RuleFor(q => q.Language).Must(l => l is null || SupportedCultures.IsSupported(l))
            .WithMessage(_ => GapResourceMessages.Get("LanguageNotSupported")).OverridePropertyName("lang");
}
