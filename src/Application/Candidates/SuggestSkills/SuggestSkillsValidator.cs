using FluentValidation;
using TalentMatch.Application.Taxonomy;

namespace TalentMatch.Application.Candidates.SuggestSkills;

public sealed class SuggestSkillsValidator : AbstractValidator<SuggestSkillsQuery>
{
    public SuggestSkillsValidator() => RuleFor(q => q.Language).SupportedLanguage();
}
