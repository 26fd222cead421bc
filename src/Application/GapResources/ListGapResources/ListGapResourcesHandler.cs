using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.GapResources.Shared;

namespace TalentMatch.Application.GapResources.ListGapResources;

public sealed class ListGapResourcesHandler(IApplicationDbContext db)
    : IQueryHandler<ListGapResourcesQuery, IReadOnlyList<GapResourceDto>>
{
    public async ValueTask<IReadOnlyList<GapResourceDto>> Handle(ListGapResourcesQuery query,
        CancellationToken cancellationToken)
    {
        var culture = query.Language ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var resources = await db.GapResources.AsNoTracking().ToListAsync(cancellationToken);
        var titles = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        return [.. resources
            .Select(r => new GapResourceDto(r.Id.Value, r.Obstacle, r.Title(culture), r.Description(culture),
                r.TitleEn, r.TitleNl, r.DescriptionEn, r.DescriptionNl, r.Url, r.UpdatedAt))
            .OrderBy(r => r.Obstacle, StringComparer.Ordinal).ThenBy(r => r.Title, titles)];
    }
}
