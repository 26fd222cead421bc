using Mediator;
using TalentMatch.Application.Matching.Shared;

namespace TalentMatch.Application.Matching.GetVacancyMatches;

/// <summary>
/// For a member of the vacancy's employer: the visible candidates who match it best (limit 1–50, default 10), each
/// explained. Another employer's vacancy is "not found".
/// </summary>
public sealed record GetVacancyMatchesQuery(Guid VacancyId, int? Limit = null) : IQuery<MatchListDto<CandidateMatchDto>>;
