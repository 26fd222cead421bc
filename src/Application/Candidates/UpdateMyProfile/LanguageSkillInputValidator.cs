using FluentValidation;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.Candidates.UpdateMyProfile;

public sealed class LanguageSkillInputValidator : AbstractValidator<LanguageSkillInput>
{
    public LanguageSkillInputValidator()
    {
        RuleFor(l => l.Language).Must(LanguageCode.IsValid).WithMessage(_ => ProfileMessages.LanguageCodeUnknown);
        RuleFor(l => l.Level).NotEmpty().WithMessage(_ => ProfileMessages.CefrLevelUnknown)
            .ValidChoice(typeof(CefrLevel)).WithMessage(_ => ProfileMessages.CefrLevelUnknown);
    }
}
