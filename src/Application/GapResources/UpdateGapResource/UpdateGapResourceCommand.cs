using Mediator;

namespace TalentMatch.Application.GapResources.UpdateGapResource;

/// <summary>The municipality changes a route (e.g. a course moved to a new address).</summary>
public sealed record UpdateGapResourceCommand(
    Guid Id, string? Obstacle, string? TitleEn, string? TitleNl, string? DescriptionEn, string? DescriptionNl,
    string? Url) : ICommand;
