namespace TalentMatch.Web.Endpoints;

/// <summary>The id of the draft just created; its address is in the Location header.</summary>
public sealed record CreatedVacancy(Guid Id);
