using FluentValidation;
using TalentMatch.Application.Applications.Shared;

namespace TalentMatch.Application.Placements.ReportPlacement;

public sealed class ReportPlacementValidator : AbstractValidator<ReportPlacementCommand>
{
    public ReportPlacementValidator(TimeProvider clock)
    {
        RuleFor(c => c.VacancyId).NotEmpty();
        RuleFor(c => c.StartDate).ValidStartDate(clock, required: false);
    }
}
