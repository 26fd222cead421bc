using FluentValidation;
using TalentMatch.Application.Applications.Shared;

namespace TalentMatch.Application.Applications.ApplyToVacancy;

public sealed class ApplyToVacancyValidator : AbstractValidator<ApplyToVacancyCommand>
{
    public ApplyToVacancyValidator()
    {
        RuleFor(c => c.VacancyId).NotEmpty();
        RuleFor(c => c.Motivation).ValidMotivation();
    }
}
