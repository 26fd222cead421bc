namespace TalentMatch.Web.Endpoints;

/// <summary>A message or an internal note: plain text.</summary>
public sealed record TextRequest(string? Text);
