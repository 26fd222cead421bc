namespace TalentMatch.Web.Endpoints;

/// <summary>Applying: a motivation (plain text, optional), whether to send a copy of the profile's CV, and the retention choice.</summary>
public sealed record ApplyRequest(string? Motivation, bool IncludeCv = false, bool KeepForAYear = false);
