using FluentValidation;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Taxonomy;

namespace TalentMatch.Application.Candidates.MatchSkillsFromText;

public sealed class MatchSkillsFromTextValidator : AbstractValidator<MatchSkillsFromTextQuery>
{
    public const int TextMaxLength = 1000;

    public MatchSkillsFromTextValidator()
    {
        RuleFor(q => q.Text).NotEmpty().MaximumLength(TextMaxLength).WithName(_ => ProfileMessages.SkillText);
        RuleFor(q => q.Language).SupportedLanguage();
    }
}
