using FluentValidation;
using TalentMatch.Application.Taxonomy;

namespace TalentMatch.Application.Candidates.GetMyProfile;

public sealed class GetMyProfileValidator : AbstractValidator<GetMyProfileQuery>
{
    public GetMyProfileValidator() => RuleFor(q => q.Language).SupportedLanguage();
}
