using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.VacancyFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Vacancies worth scoring for a candidate: sharing an occupation, ISCO group or skill; open; sponsoring when needed; near or remote.</summary>
public static class VacancyRetrievalBuilder
{
    public static SearchRequest? Build(string index, MatchRetrieval retrieval)
    {
        Query?[] concepts =
        [
            QueryParts.AnyOf(F.OccupationUri, retrieval.OccupationUris, RetrievalQueries.OccupationWeight),
            QueryParts.AnyOf(F.IscoGroup, retrieval.IscoGroups, RetrievalQueries.IscoGroupWeight),
            QueryParts.AnyOf(F.EssentialSkillUris, retrieval.SkillUris, RetrievalQueries.SkillWeight),
            QueryParts.AnyOf(F.OptionalSkillUris, retrieval.SkillUris, RetrievalQueries.SkillWeight),
        ];
        var filters = new List<Query> { QueryParts.OnOrAfterOrMissing(F.ClosingDate, retrieval.Today) };
        filters.AddIfAny(retrieval.SponsorshipRequired ? QueryParts.Is(F.VisaSponsorship, true) : null);
        filters.AddIfAny(QueryParts.WithinOr(F.Location, retrieval.Near, retrieval.RadiusKm, QueryParts.Is(F.WorkMode, F.RemoteWorkMode)));
        return RetrievalQueries.Build(index, F.Id, concepts, filters, retrieval.Limit);
    }
}
