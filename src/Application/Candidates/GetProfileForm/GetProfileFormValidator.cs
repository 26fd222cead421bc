using FluentValidation;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Candidates.GetProfileForm;

public sealed class GetProfileFormValidator : AbstractValidator<GetProfileFormQuery>
{
    public GetProfileFormValidator()
    {
        RuleFor(q => q.Language).SupportedLanguage();
        RuleFor(q => q.Occupations).NotNull().Must(o => o.Count <= 2 * Candidate.MaxSkills);
        RuleFor(q => q.Skills).NotNull().Must(s => s.Count <= 2 * Candidate.MaxSkills);
    }
}
