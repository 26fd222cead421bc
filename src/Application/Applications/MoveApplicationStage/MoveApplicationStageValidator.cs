using FluentValidation;
using TalentMatch.Application.Applications.Shared;

namespace TalentMatch.Application.Applications.MoveApplicationStage;

public sealed class MoveApplicationStageValidator : AbstractValidator<MoveApplicationStageCommand>
{
    public MoveApplicationStageValidator()
    {
        RuleFor(c => c.ApplicationId).NotEmpty();
        RuleFor(c => c.Stage).ValidStage();
    }
}
