using Mediator;
using TalentMatch.Application.Matching.Shared;

namespace TalentMatch.Application.Matching.GetMyMatches;

/// <summary>The signed-in candidate's best-matching open vacancies (limit 1–50, default 10), each explained.</summary>
public sealed record GetMyMatchesQuery(int? Limit = null) : IQuery<MatchListDto<VacancyMatchDto>>;
