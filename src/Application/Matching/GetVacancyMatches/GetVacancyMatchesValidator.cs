using FluentValidation;
using TalentMatch.Application.Matching.Shared;

namespace TalentMatch.Application.Matching.GetVacancyMatches;

public sealed class GetVacancyMatchesValidator : AbstractValidator<GetVacancyMatchesQuery>
{
    public GetVacancyMatchesValidator() => RuleFor(q => q.Limit).ValidMatchLimit();
}
