using TalentMatch.Application.Matching.Shared;

namespace TalentMatch.Application.Matching.GetVacancyMatches;

/// <summary>A visible candidate matched to a vacancy, anonymous until they accept contact.</summary>
public sealed record CandidateMatchDto(CandidateCardDto Candidate, int Score, MatchExplanationDto Explanation);
