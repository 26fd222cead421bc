using FluentValidation;

namespace TalentMatch.Application.Vacancies.PublishVacancy;

public sealed class PublishVacancyValidator : AbstractValidator<PublishVacancyCommand>
{
    public PublishVacancyValidator() => RuleFor(c => c.Id).NotEmpty();
}
