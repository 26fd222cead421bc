namespace TalentMatch.Web.Endpoints;

/// <summary>Inviting a matched, visible candidate, with an optional first message.</summary>
public sealed record InviteRequest(Guid CandidateId, string? Message = null);
