using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.CandidateFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// An employer's candidate search as one request. Candidates have no free text of their own here (no CV, no name):
/// the words match the labels of their occupations and skills. No facets; most recently updated first without text.
/// </summary>
public static class CandidateQueryBuilder
{
    public static IReadOnlyList<string> TextFields { get; } = [$"{F.OccupationLabels}^2", F.SkillLabels];

    public static IReadOnlyList<string> SnippetFields { get; } = [F.OccupationLabels, F.SkillLabels];

    public static SearchRequest Build(string index, CandidateSearchRequest request)
    {
        var text = TextQueries.Build(request.Words, TextFields.ToArray(), F.OccupationUris, request.ExpandedOccupationUris);
        var (from, size) = Paging.Of(request.Page, request.PageSize);
        return new SearchRequest(index)
        {
            Query = new BoolQuery { Must = text is null ? null : [text], Filter = Filters(request) },
            Sort = text is null
                ? [SearchSorts.Descending(F.UpdatedAt), SearchSorts.IdTiebreak(F.Id)]
                : [SearchSorts.Score(), SearchSorts.Descending(F.UpdatedAt), SearchSorts.IdTiebreak(F.Id)],
            TrackScores = text is not null,
            TrackTotalHits = true,
            From = from,
            Size = size,
            Source = new SourceFilter { Includes = F.Location },
            Highlight = TextQueries.HasText(request.Words) ? SearchHighlights.Build(SnippetFields, []) : null,
        };
    }

    public static List<Query> Filters(CandidateSearchRequest request)
    {
        var filters = new List<Query>();
        filters.AddIfAny(QueryParts.AnyOf(F.Sectors, request.Sectors));
        filters.AddIfAny(QueryParts.AnyOf(F.OccupationUris, request.OccupationUris));
        filters.AddIfAny(QueryParts.AnyOf(F.SkillUris, request.SkillUris));
        filters.AddIfAny(QueryParts.AnyOf(F.Languages, request.Languages));
        filters.AddIfAny(request.ExcludeNeedsSponsor ? QueryParts.Is(F.NeedsSponsor, false) : null);
        filters.AddIfAny(QueryParts.WithinOr(F.Location, request.Near, request.RadiusKm, QueryParts.Is(F.WillingToRelocate, true)));
        return filters;
    }
}
