using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Elasticsearch;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch.EsJson;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class RetrievalBuilderTests
{
    private static MatchRetrieval Retrieval() => new(
        ["http://esco/occupation/nurse"], ["2221"], ["http://esco/skill/care"], SponsorshipRequired: true,
        SearchSamples.Leiden, 30, SearchSamples.Today, Limit: 200);

    [Fact]
    public void VacancyRetrieval_SharesAnyConceptAndPassesHardConstraints()
    {
        var json = Of(VacancyRetrievalBuilder.Build("tm-vacancies", Retrieval())!);

        var should = Clauses(json["query"]!["bool"]!["should"]);
        json["query"]!["bool"]!["minimum_should_match"]!.GetValue<int>().ShouldBe(1);
        should.SelectMany(s => s["terms"]!.AsObject().Select(p => p.Key)).Where(k => k != "boost")
            .ShouldBe(["occupationUri", "iscoGroup", "essentialSkillUris", "optionalSkillUris"]);
        var filters = Clauses(json["query"]!["bool"]!["filter"]);
        Find(filters[0], "exists").Single()["field"]!.GetValue<string>().ShouldBe("closingDate");
        filters.ShouldContain(f => f["term"] != null && f["term"]!["visaSponsorship"]!["value"]!.GetValue<bool>());
        Find(filters[^1], "geo_distance").Single()["distance"]!.GetValue<string>().ShouldBe("30km");
        Find(filters[^1], "workMode").ShouldNotBeEmpty();
        json["size"]!.GetValue<int>().ShouldBe(200);
        json["_source"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public void CandidateRetrieval_ExcludesCandidatesNeedingASponsorAndKeepsThoseWillingToRelocate()
    {
        var json = Of(CandidateRetrievalBuilder.Build("tm-candidates", Retrieval())!);

        var filters = Clauses(json["query"]!["bool"]!["filter"]);
        filters.ShouldContain(f => f["term"] != null && !f["term"]!["needsSponsor"]!["value"]!.GetValue<bool>());
        Find(filters[^1], "willingToRelocate").Single()["value"]!.GetValue<bool>().ShouldBeTrue();
        Find(json["query"], "closingDate").ShouldBeEmpty();
    }

    [Fact]
    public void Build_WithNoConcepts_ReturnsNoRequest()
    {
        var empty = Retrieval() with { OccupationUris = [], IscoGroups = [], SkillUris = [] };

        VacancyRetrievalBuilder.Build("tm-vacancies", empty).ShouldBeNull();
        CandidateRetrievalBuilder.Build("tm-candidates", empty).ShouldBeNull();
    }
}
