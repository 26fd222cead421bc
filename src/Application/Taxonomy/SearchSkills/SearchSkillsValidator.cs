using FluentValidation;

namespace TalentMatch.Application.Taxonomy.SearchSkills;

public sealed class SearchSkillsValidator : AbstractValidator<SearchSkillsQuery>
{
    public SearchSkillsValidator()
    {
        RuleFor(q => q.Text).ValidSearchText();
        RuleFor(q => q.Language).SupportedLanguage();
        RuleFor(q => q.Limit).ValidLimit();
    }
}
