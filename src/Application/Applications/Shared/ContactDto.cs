namespace TalentMatch.Application.Applications.Shared;

/// <summary>Who the candidate is: shared with the employer once the candidate applied or accepted an invitation.</summary>
public sealed record ContactDto(string Name, string Email);
