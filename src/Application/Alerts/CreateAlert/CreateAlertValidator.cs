using FluentValidation;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Places;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.CreateAlert;

/// <summary>A saved search is checked by the search's own validator (errors as <c>search.near</c>, ...).</summary>
public sealed class CreateAlertValidator : AbstractValidator<CreateAlertCommand>
{
    public CreateAlertValidator(IPlaceDirectory places)
    {
        RuleFor(c => c.Kind).Must(EnumInput.IsValid<AlertKind>).WithMessage(_ => AlertMessages.Get("KindUnknown"))
            .OverridePropertyName("kind");
        RuleFor(c => c.Search).NotNull().When(c => KindOf(c) == AlertKind.SavedSearch)
            .WithMessage(_ => AlertMessages.Get("SearchRequired")).OverridePropertyName("search");
        RuleFor(c => c.Search!).SetValidator(new SearchVacanciesValidator(places))
            .When(c => KindOf(c) == AlertKind.SavedSearch && c.Search is not null).OverridePropertyName("search");
        RuleFor(c => c.Search).Null().When(c => KindOf(c) is AlertKind.MatchingVacancies or AlertKind.MatchingCandidates)
            .WithMessage(_ => AlertMessages.Get("SearchOnlyForSavedSearch")).OverridePropertyName("search");
        RuleFor(c => c.VacancyId).NotEmpty().When(c => KindOf(c) == AlertKind.MatchingCandidates)
            .WithMessage(_ => AlertMessages.Get("VacancyRequired")).OverridePropertyName("vacancyId");
        RuleFor(c => c.VacancyId).Null().When(c => KindOf(c) is AlertKind.SavedSearch or AlertKind.MatchingVacancies)
            .WithMessage(_ => AlertMessages.Get("VacancyOnlyForCandidateAlerts")).OverridePropertyName("vacancyId");
        RuleFor(c => c.Name).ValidAlertName().OverridePropertyName("name");
        RuleFor(c => c.Frequency).ValidFrequency().When(c => !string.IsNullOrWhiteSpace(c.Frequency))
            .OverridePropertyName("frequency");
        this.QuietHoursRules(c => c.QuietFrom, c => c.QuietUntil);
    }

    private static AlertKind? KindOf(CreateAlertCommand command) => EnumInput.ParseOptional<AlertKind>(command.Kind);
}
