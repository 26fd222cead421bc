namespace TalentMatch.Application.Candidates.GetMyProfile;

public sealed record MyProfileDto(Guid CandidateId, string DisplayName, string Email, DateTimeOffset RegisteredAt);
