using FluentValidation;

namespace TalentMatch.Application.Placements.RejectPlacement;

public sealed class RejectPlacementValidator : AbstractValidator<RejectPlacementCommand>
{
    public RejectPlacementValidator() => RuleFor(c => c.PlacementId).NotEmpty();
}
