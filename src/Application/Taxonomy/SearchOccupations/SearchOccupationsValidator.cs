using FluentValidation;

namespace TalentMatch.Application.Taxonomy.SearchOccupations;

public sealed class SearchOccupationsValidator : AbstractValidator<SearchOccupationsQuery>
{
    public SearchOccupationsValidator()
    {
        RuleFor(q => q.Text).ValidSearchText();
        RuleFor(q => q.Language).SupportedLanguage();
        RuleFor(q => q.Limit).ValidLimit();
    }
}
