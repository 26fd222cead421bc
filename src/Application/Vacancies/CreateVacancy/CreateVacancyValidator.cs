using FluentValidation;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.CreateVacancy;

public sealed class CreateVacancyValidator : AbstractValidator<CreateVacancyCommand>
{
    public CreateVacancyValidator(IValidator<VacancyFields> fields) => RuleFor(c => c.Fields).ValidFields(fields);
}
