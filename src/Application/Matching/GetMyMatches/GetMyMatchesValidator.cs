using FluentValidation;
using TalentMatch.Application.Matching.Shared;

namespace TalentMatch.Application.Matching.GetMyMatches;

public sealed class GetMyMatchesValidator : AbstractValidator<GetMyMatchesQuery>
{
    public GetMyMatchesValidator() => RuleFor(q => q.Limit).ValidMatchLimit();
}
