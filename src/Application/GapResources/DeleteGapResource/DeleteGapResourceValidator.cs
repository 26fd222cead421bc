using FluentValidation;

namespace TalentMatch.Application.GapResources.DeleteGapResource;

public sealed class DeleteGapResourceValidator : AbstractValidator<DeleteGapResourceCommand>
{
    public DeleteGapResourceValidator() => RuleFor(c => c.Id).NotEmpty();
}
