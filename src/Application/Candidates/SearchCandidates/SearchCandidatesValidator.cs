using FluentValidation;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Places;
using TalentMatch.Application.Search;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.SearchCandidates;

public sealed class SearchCandidatesValidator : AbstractValidator<SearchCandidatesQuery>
{
    public SearchCandidatesValidator(IPlaceDirectory places)
    {
        RuleFor(q => q.Q).MaximumLength(SearchVacanciesValidator.TextMaxLength).WithName(_ => Messages.Get("SearchText"))
            .OverridePropertyName("q");
        Each(q => q.Sector, "sector", v => Sector.FromCode(v) is not null);
        Each(q => q.Occupation, "occupation", v => OccupationUri.TryCreate(v, out _));
        Each(q => q.Skill, "skill", v => SkillUri.TryCreate(v, out _));
        Each(q => q.Language, "language", LanguageRequirement.IsValid);
        RuleFor(q => q.Near).Must(n => places.Find(n!) is not null).When(q => !string.IsNullOrWhiteSpace(q.Near))
            .WithMessage(_ => Messages.Get("PlaceUnknown")).OverridePropertyName("near");
        RuleFor(q => q.RadiusKm).InclusiveBetween(1, SearchVacanciesValidator.MaxRadiusKm)
            .WithName(_ => Messages.Get("RadiusKm")).OverridePropertyName("radiusKm");
        RuleFor(q => q.RadiusKm).Null().When(q => string.IsNullOrWhiteSpace(q.Near))
            .WithMessage(_ => Messages.Get("RadiusNeedsPlace")).OverridePropertyName("radiusKm");
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }

    private void Each(Func<SearchCandidatesQuery, IReadOnlyList<string>?> list, string name, Func<string, bool> valid)
    {
        RuleFor(q => list(q)).Must(l => l is null || l.Count <= SearchVacanciesValidator.MaxValuesPerFilter)
            .WithMessage(_ => Messages.Format("TooMany", SearchVacanciesValidator.MaxValuesPerFilter))
            .OverridePropertyName(name);
        RuleFor(q => list(q)).Must(l => l is null || l.All(v => !string.IsNullOrWhiteSpace(v) && valid(v.Trim())))
            .WithMessage(_ => Messages.Get("OptionUnknown")).OverridePropertyName(name);
    }
}
