namespace TalentMatch.Application.Candidates.GetMyProfile;

/// <summary>How complete the profile is (0 to 100) and which sections are still empty, in page order.</summary>
public sealed record CompletenessDto(int Percent, IReadOnlyList<string> Missing);
