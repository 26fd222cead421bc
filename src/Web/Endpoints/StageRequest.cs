namespace TalentMatch.Web.Endpoints;

/// <summary>The stage to move to: Screening, Interview, Offer or NotSelected.</summary>
public sealed record StageRequest(string? Stage);
