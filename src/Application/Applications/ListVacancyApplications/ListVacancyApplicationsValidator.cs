using FluentValidation;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Applications.ListVacancyApplications;

public sealed class ListVacancyApplicationsValidator : AbstractValidator<ListVacancyApplicationsQuery>
{
    public ListVacancyApplicationsValidator()
    {
        RuleFor(q => q.VacancyId).NotEmpty();
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
