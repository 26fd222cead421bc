using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Matching;

namespace TalentMatch.Application.GapResources.Shared;

/// <summary>
/// Finds the routes to close the obstacles of a match explanation. Per obstacle code: the resources for exactly that
/// code, else those for its family wildcard ("certificate:*"), else none; "general" (the International Centre) only
/// when asked for. Codes compare case-insensitively. One query for all codes: call it once per page of matches.
/// </summary>
public sealed class GapRoutes(IApplicationDbContext db)
{
    /// <returns>Every requested code as a key (an empty list when it has no route), routes in <paramref name="culture"/> ("nl" or "en").</returns>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<GapRouteDto>>> ForObstaclesAsync(
        IReadOnlyCollection<string> obstacles, string culture, CancellationToken cancellationToken)
    {
        var codes = obstacles.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var keys = codes.Select(Key).Concat(codes.Select(ObstacleCodes.WildcardOf).OfType<string>().Select(Key))
            .Distinct().ToList();
        var resources = keys.Count == 0
            ? []
            : await db.GapResources.AsNoTracking()
                .Where(r => keys.Contains(r.Obstacle.ToLower()))
                .ToListAsync(cancellationToken);
        var byCode = resources.ToLookup(r => Key(r.Obstacle));

        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(IsDutch(culture) ? "nl" : "en"), ignoreCase: true);
        var routes = new Dictionary<string, IReadOnlyList<GapRouteDto>>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
        {
            var exact = byCode[Key(code)].ToList();
            var found = exact.Count > 0 || ObstacleCodes.WildcardOf(code) is not { } wildcard ? exact : [.. byCode[Key(wildcard)]];
            routes[code] = [.. found.Select(r => new GapRouteDto(r.Title(culture), r.Description(culture), r.Url))
                .OrderBy(r => r.Title, comparer)];
        }

        return routes;
    }

    private static string Key(string code) => code.Trim().ToLowerInvariant();

    private static bool IsDutch(string culture) => culture.StartsWith("nl", StringComparison.OrdinalIgnoreCase);
}
