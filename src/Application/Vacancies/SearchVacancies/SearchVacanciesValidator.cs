using FluentValidation;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Places;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.SearchVacancies;

public sealed class SearchVacanciesValidator : AbstractValidator<SearchVacanciesQuery>
{
    public const int TextMaxLength = 200;
    public const int MaxRadiusKm = 300;
    public const int MaxValuesPerFilter = 20;

    public SearchVacanciesValidator(IPlaceDirectory places)
    {
        RuleFor(q => q.Q).MaximumLength(TextMaxLength).WithName(_ => Messages.Get("SearchText")).OverridePropertyName("q");
        Each(q => q.Sector, "sector", v => Sector.FromCode(v) is not null);
        Each(q => q.Occupation, "occupation", v => OccupationUri.TryCreate(v, out _));
        Each(q => q.OccupationGroup, "occupationGroup", v => v is { Length: 3 } && v.All(char.IsAsciiDigit));
        Each(q => q.Contract, "contract", EnumInput.IsValid<ContractType>);
        Each(q => q.Language, "language", LanguageRequirement.IsValid);
        RuleFor(q => q.Near).Must(n => places.Find(n!) is not null).When(q => !string.IsNullOrWhiteSpace(q.Near))
            .WithMessage(_ => Messages.Get("PlaceUnknown")).OverridePropertyName("near");
        RuleFor(q => q.RadiusKm).InclusiveBetween(1, MaxRadiusKm).WithName(_ => Messages.Get("RadiusKm"))
            .OverridePropertyName("radiusKm");
        RuleFor(q => q.RadiusKm).Null().When(q => string.IsNullOrWhiteSpace(q.Near))
            .WithMessage(_ => Messages.Get("RadiusNeedsPlace")).OverridePropertyName("radiusKm");
        RuleFor(q => q.HoursMin).InclusiveBetween(HoursRange.MinHours, HoursRange.MaxHours)
            .WithName(_ => Messages.Get("HoursMin")).OverridePropertyName("hoursMin");
        RuleFor(q => q.HoursMax).InclusiveBetween(HoursRange.MinHours, HoursRange.MaxHours)
            .WithName(_ => Messages.Get("HoursMax")).OverridePropertyName("hoursMax");
        RuleFor(q => q.HoursMax).GreaterThanOrEqualTo(q => q.HoursMin).When(q => q.HoursMin is not null && q.HoursMax is not null)
            .WithMessage(_ => Messages.Get("HoursOrder")).OverridePropertyName("hoursMax");
        RuleFor(q => q.SalaryMin).InclusiveBetween(0, SalaryRange.MaxMonthly).WithName(_ => Messages.Get("SalaryMin"))
            .OverridePropertyName("salaryMin");
        RuleFor(q => q.Sort).Must(s => s is null || SortOrder.TryParse(s, out _))
            .WithMessage(_ => Messages.Get("SortUnknown")).OverridePropertyName("sort");
        RuleFor(q => q.Sort).Must(_ => false).When(q => SortOrder.TryParse(q.Sort, out var s) && s == VacancySort.Distance
            && string.IsNullOrWhiteSpace(q.Near)).WithMessage(_ => Messages.Get("SortDistanceNeedsPlace"))
            .OverridePropertyName("sort");
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }

    private void Each(Func<SearchVacanciesQuery, IReadOnlyList<string>?> list, string name, Func<string, bool> valid)
    {
        RuleFor(q => list(q)).Must(l => l is null || l.Count <= MaxValuesPerFilter)
            .WithMessage(_ => Messages.Format("TooMany", MaxValuesPerFilter)).OverridePropertyName(name);
        RuleFor(q => list(q)).Must(l => l is null || l.All(v => !string.IsNullOrWhiteSpace(v) && valid(v.Trim())))
            .WithMessage(_ => Messages.Get("OptionUnknown")).OverridePropertyName(name);
    }
}
