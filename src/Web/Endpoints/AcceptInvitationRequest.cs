namespace TalentMatch.Web.Endpoints;

/// <summary>Accepting an invitation: whether to send a copy of the profile's CV, and the retention choice.</summary>
public sealed record AcceptInvitationRequest(bool IncludeCv = false, bool KeepForAYear = false);
