namespace TalentMatch.Web.Endpoints;

/// <summary>The id of what a POST created.</summary>
public sealed record CreatedId(Guid Id);
