using FluentValidation;
using TalentMatch.Application.Applications.Shared;

namespace TalentMatch.Application.Placements.ConfirmPlacement;

public sealed class ConfirmPlacementValidator : AbstractValidator<ConfirmPlacementCommand>
{
    public ConfirmPlacementValidator(TimeProvider clock)
    {
        RuleFor(c => c.PlacementId).NotEmpty();
        RuleFor(c => c.StartDate).ValidStartDate(clock, required: true);
        RuleFor(c => c.HoursPerWeek).ValidHours();
        RuleFor(c => c.ContractType).ValidContractType();
    }
}
