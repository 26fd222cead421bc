namespace TalentMatch.Web.Endpoints;

/// <summary>The colleague's e-mail address; the invitation is written in the request's language (Accept-Language).</summary>
public sealed record InviteRecruiterRequest(string? Email);
