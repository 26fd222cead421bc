using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.CandidateFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Candidates worth scoring for a vacancy: sharing an occupation, ISCO group or skill; not needing a sponsor the vacancy cannot give; near or willing to move.</summary>
public static class CandidateRetrievalBuilder
{
    public static SearchRequest? Build(string index, MatchRetrieval retrieval)
    {
        Query?[] concepts =
        [
            QueryParts.AnyOf(F.OccupationUris, retrieval.OccupationUris, RetrievalQueries.OccupationWeight),
            QueryParts.AnyOf(F.IscoGroups, retrieval.IscoGroups, RetrievalQueries.IscoGroupWeight),
            QueryParts.AnyOf(F.SkillUris, retrieval.SkillUris, RetrievalQueries.SkillWeight),
        ];
        var filters = new List<Query>();
        filters.AddIfAny(retrieval.SponsorshipRequired ? QueryParts.Is(F.NeedsSponsor, false) : null);
        filters.AddIfAny(QueryParts.WithinOr(F.Location, retrieval.Near, retrieval.RadiusKm, QueryParts.Is(F.WillingToRelocate, true)));
        return RetrievalQueries.Build(index, F.Id, concepts, filters, retrieval.Limit);
    }
}
