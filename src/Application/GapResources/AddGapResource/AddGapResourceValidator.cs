using FluentValidation;
using TalentMatch.Application.GapResources.Shared;

namespace TalentMatch.Application.GapResources.AddGapResource;

public sealed class AddGapResourceValidator : AbstractValidator<AddGapResourceCommand>
{
    public AddGapResourceValidator()
    {
        RuleFor(c => c.Obstacle).ValidObstacle();
        RuleFor(c => c.TitleEn).ValidTitle();
        RuleFor(c => c.TitleNl).ValidTitle();
        RuleFor(c => c.DescriptionEn).ValidDescription();
        RuleFor(c => c.DescriptionNl).ValidDescription();
        RuleFor(c => c.Url).ValidUrl();
    }
}
