using Mediator;

namespace TalentMatch.Application.Candidates.GetMyProfile;

public sealed record GetMyProfileQuery : IQuery<MyProfileDto>;
