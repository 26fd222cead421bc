using Mediator;

namespace TalentMatch.Application.GapResources.AddGapResource;

/// <summary>The municipality adds a route to close an obstacle; returns its id.</summary>
public sealed record AddGapResourceCommand(
    string? Obstacle, string? TitleEn, string? TitleNl, string? DescriptionEn, string? DescriptionNl, string? Url)
    : ICommand<AddedGapResource>;
