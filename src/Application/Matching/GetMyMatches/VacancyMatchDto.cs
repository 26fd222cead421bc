using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Matching.GetMyMatches;

/// <summary>A vacancy matched to the candidate: score 0–100 and what is met, partly met and missing.</summary>
public sealed record VacancyMatchDto(VacancySummaryDto Vacancy, int Score, MatchExplanationDto Explanation);
