using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.VacancyFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Turns a <see cref="VacancySearchRequest"/> into one search request: the text in "must", the filters that are not
/// facets in "filter", the facet filters in post_filter (see <see cref="VacancyFacets"/>). Building is separate from
/// sending so the request can be checked without a cluster.
/// </summary>
public static class VacancyQueryBuilder
{
    /// <summary>Text fields and their weights: titles first, then labels, then descriptions.</summary>
    public static IReadOnlyList<string> TextFields { get; } =
    [
        $"{F.TitleNl}^3", $"{F.TitleEn}^3", $"{F.TitleNl}{F.FoldedSuffix}^2", $"{F.TitleEn}{F.FoldedSuffix}^2",
        $"{F.OccupationLabels}^2", F.SkillLabels, F.DescriptionNl, F.DescriptionEn, F.EmployerName,
    ];

    /// <summary>Where a snippet comes from, in order of preference.</summary>
    public static IReadOnlyList<string> SnippetFields { get; } = [F.DescriptionNl, F.DescriptionEn, F.TitleNl, F.TitleEn];

    public static SearchRequest Build(string index, VacancySearchRequest request)
    {
        var hasText = TextQueries.HasText(request.Words);
        var text = TextQueries.Build(request.Words, TextFields.ToArray(), F.OccupationUri, request.ExpandedOccupationUris);
        var facetFilters = VacancyFacets.Filters(request);
        var (from, size) = Paging.Of(request.Page, request.PageSize);
        return new SearchRequest(index)
        {
            Query = new BoolQuery { Must = text is null ? null : [text], Filter = Filters(request) },
            PostFilter = VacancyFacets.PostFilter(facetFilters),
            Aggregations = VacancyFacets.Aggregations(facetFilters),
            Sort = Sorts(request, text is not null),
            TrackScores = text is not null,
            TrackTotalHits = true,
            From = from,
            Size = size,
            Source = new SourceFilter { Includes = F.Location },
            Highlight = hasText ? SearchHighlights.Build(SnippetFields, [F.DescriptionNl, F.DescriptionEn]) : null,
        };
    }

    /// <summary>Every filter that is not a facet: these narrow the facet counts too.</summary>
    public static List<Query> Filters(VacancySearchRequest request)
    {
        var filters = new List<Query> { QueryParts.OnOrAfterOrMissing(F.ClosingDate, request.Today) };
        filters.AddIfAny(QueryParts.AnyOf(F.OccupationUri, request.OccupationUris));
        filters.AddIfAny(QueryParts.WithinOr(F.Location, request.Near, request.RadiusKm, QueryParts.Is(F.WorkMode, F.RemoteWorkMode)));
        filters.AddIfAny(request.HoursMin is { } hoursMin ? QueryParts.AtLeast(F.HoursMax, hoursMin) : null);
        filters.AddIfAny(request.HoursMax is { } hoursMax ? QueryParts.AtMost(F.HoursMin, hoursMax) : null);
        filters.AddIfAny(request.SalaryMin is { } salary ? QueryParts.AtLeast(F.SalaryTo, salary) : null);
        filters.AddIfAny(request.Housing is { } housing ? QueryParts.Is(F.HousingSupport, housing) : null);
        filters.AddIfAny(request.PostedSince is { } since ? QueryParts.Since(F.PublishedAt, since) : null);
        return filters;
    }

    public static List<SortOptions> Sorts(VacancySearchRequest request, bool scored)
    {
        var sorts = request.Sort switch
        {
            VacancySort.Date => [SearchSorts.Descending(F.PublishedAt)],
            VacancySort.Salary => [SearchSorts.Descending(F.SalaryTo), SearchSorts.Descending(F.PublishedAt)],
            VacancySort.Distance when request.Near is { } centre => [SearchSorts.Nearest(F.Location, centre)],
            _ when scored => [SearchSorts.Score(), SearchSorts.Descending(F.PublishedAt)],
            _ => new List<SortOptions> { SearchSorts.Descending(F.PublishedAt) },
        };
        sorts.Add(SearchSorts.IdTiebreak(F.Id));
        return sorts;
    }

    /// <summary>True when the first sort value of a hit is its distance in kilometres.</summary>
    public static bool SortsByDistance(VacancySearchRequest request) =>
        request.Sort == VacancySort.Distance && request.Near is not null;
}
