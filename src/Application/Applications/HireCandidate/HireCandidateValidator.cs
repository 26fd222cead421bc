using FluentValidation;
using TalentMatch.Application.Applications.Shared;

namespace TalentMatch.Application.Applications.HireCandidate;

public sealed class HireCandidateValidator : AbstractValidator<HireCandidateCommand>
{
    public HireCandidateValidator(TimeProvider clock)
    {
        RuleFor(c => c.ApplicationId).NotEmpty();
        RuleFor(c => c.StartDate).ValidStartDate(clock, required: true);
        RuleFor(c => c.HoursPerWeek).ValidHours();
        RuleFor(c => c.ContractType).ValidContractType();
    }
}
