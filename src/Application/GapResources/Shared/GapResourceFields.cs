namespace TalentMatch.Application.GapResources.Shared;

/// <summary>The fields of a gap resource as API clients send them to change one (PUT /api/v1/gap-resources/{id}).</summary>
public sealed record GapResourceFields(
    string? Obstacle, string? TitleEn, string? TitleNl, string? DescriptionEn, string? DescriptionNl, string? Url);
