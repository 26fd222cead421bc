namespace TalentMatch.Application.GapResources.Shared;

/// <summary>A route to close an obstacle; <paramref name="Title"/> and <paramref name="Description"/> are in the requested language.</summary>
public sealed record GapResourceDto(
    Guid Id, string Obstacle, string Title, string Description, string TitleEn, string TitleNl,
    string DescriptionEn, string DescriptionNl, string Url, DateTimeOffset UpdatedAt);
