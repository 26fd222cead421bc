using System.Globalization;
using TalentMatch.Application.GapResources.Shared;
using TalentMatch.Domain.Matching;

namespace TalentMatch.Application.Matching.Shared;

/// <summary>
/// Turns scored criteria into the explanation people read: a sentence per criterion in the reader's language, and
/// for each obstacle the municipality's routes to close it (the International Centre when none is specific).
/// </summary>
public sealed class ExplanationBuilder(MatchExplainer explainer, GapRoutes routes)
{
    public async Task<IReadOnlyList<MatchExplanationDto>> BuildAsync(IReadOnlyList<MatchResult> results,
        CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var obstacles = results.SelectMany(r => r.Criteria).Select(c => c.Obstacle).OfType<string>()
            .Append(ObstacleCodes.General).Distinct().ToList();
        var found = await routes.ForObstaclesAsync(obstacles, culture, cancellationToken);
        IReadOnlyList<GapRouteDto> RoutesFor(string? obstacle) => obstacle is null ? []
            : found.GetValueOrDefault(obstacle) is { Count: > 0 } specific ? specific
            : found.GetValueOrDefault(ObstacleCodes.General) ?? [];
        return [.. results.Select(result =>
        {
            var items = result.Criteria.Select(c => (c.Status,
                Item: new ExplanationItemDto(c.Code, explainer.Explain(c), c.Obstacle,
                    c.Status == MatchStatus.Met ? [] : RoutesFor(c.Obstacle)))).ToList();
            return new MatchExplanationDto(
                [.. items.Where(i => i.Status == MatchStatus.Met).Select(i => i.Item)],
                [.. items.Where(i => i.Status == MatchStatus.Partial).Select(i => i.Item)],
                [.. items.Where(i => i.Status == MatchStatus.Missing).Select(i => i.Item)]);
        })];
    }
}
