using Mediator;

namespace TalentMatch.Application.Candidates.GetMyProfile;

/// <summary>The signed-in candidate's profile; ESCO labels and certificate names in <paramref name="Language"/> (default en).</summary>
public sealed record GetMyProfileQuery(string? Language = null) : IQuery<MyProfileDto>;
