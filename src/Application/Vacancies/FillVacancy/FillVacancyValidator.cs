using FluentValidation;

namespace TalentMatch.Application.Vacancies.FillVacancy;

public sealed class FillVacancyValidator : AbstractValidator<FillVacancyCommand>
{
    public FillVacancyValidator() => RuleFor(c => c.Id).NotEmpty();
}
