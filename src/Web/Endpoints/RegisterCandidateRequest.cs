namespace TalentMatch.Web.Endpoints;

/// <summary>Candidate registration; e-mails are written in the request's language (Accept-Language).</summary>
public sealed record RegisterCandidateRequest(string? Email, string? Password, string? DisplayName);
