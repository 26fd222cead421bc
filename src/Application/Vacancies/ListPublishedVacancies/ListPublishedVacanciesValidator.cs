using FluentValidation;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Vacancies.ListPublishedVacancies;

public sealed class ListPublishedVacanciesValidator : AbstractValidator<ListPublishedVacanciesQuery>
{
    public ListPublishedVacanciesValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
