using FluentValidation;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.UpdateVacancy;

public sealed class UpdateVacancyValidator : AbstractValidator<UpdateVacancyCommand>
{
    public UpdateVacancyValidator(IValidator<VacancyFields> fields)
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Fields).ValidFields(fields);
    }
}
