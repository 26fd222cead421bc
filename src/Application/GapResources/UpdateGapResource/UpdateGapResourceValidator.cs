using FluentValidation;
using TalentMatch.Application.GapResources.Shared;

namespace TalentMatch.Application.GapResources.UpdateGapResource;

public sealed class UpdateGapResourceValidator : AbstractValidator<UpdateGapResourceCommand>
{
    public UpdateGapResourceValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Obstacle).ValidObstacle();
        RuleFor(c => c.TitleEn).ValidTitle();
        RuleFor(c => c.TitleNl).ValidTitle();
        RuleFor(c => c.DescriptionEn).ValidDescription();
        RuleFor(c => c.DescriptionNl).ValidDescription();
        RuleFor(c => c.Url).ValidUrl();
    }
}
