using FluentValidation;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Vacancies.ListMyVacancies;

public sealed class ListMyVacanciesValidator : AbstractValidator<ListMyVacanciesQuery>
{
    public ListMyVacanciesValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
