namespace TalentMatch.Web.Endpoints;

/// <summary>Employer registration; e-mails are written in the request's language (Accept-Language).</summary>
public sealed record RegisterEmployerRequest(string? Email, string? Password, string? OrganisationName, string? KvkNumber);
