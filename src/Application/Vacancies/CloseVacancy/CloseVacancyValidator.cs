using FluentValidation;

namespace TalentMatch.Application.Vacancies.CloseVacancy;

public sealed class CloseVacancyValidator : AbstractValidator<CloseVacancyCommand>
{
    public CloseVacancyValidator() => RuleFor(c => c.Id).NotEmpty();
}
