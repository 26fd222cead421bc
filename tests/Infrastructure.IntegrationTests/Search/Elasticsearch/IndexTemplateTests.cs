using TalentMatch.Infrastructure.Search.Elasticsearch;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch.EsJson;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class IndexTemplateTests
{
    private static readonly ElasticsearchIndexNames Vacancies = new("tm", ElasticsearchVacancyIndex.Kind);

    [Fact]
    public void VacancyTemplate_MatchesConcreteIndexesOnly()
    {
        var json = Of(VacancyIndexTemplate.Build(Vacancies));

        Strings(json["index_patterns"]).ShouldBe(["tm-vacancies-*"]);
        Vacancies.NewConcreteIndex(new DateTimeOffset(2026, 3, 2, 13, 4, 5, 6, TimeSpan.Zero)).ShouldBe("tm-vacancies-20260302t130405006");
        Vacancies.Alias.ShouldBe("tm-vacancies");
    }

    [Fact]
    public void VacancyTemplate_DefinesTheFoldedAnalyzer()
    {
        var analyzer = Of(VacancyIndexTemplate.Build(Vacancies))["template"]!["settings"]!["analysis"]!["analyzer"]![IndexAnalysis.Folded]!;

        analyzer["type"]!.GetValue<string>().ShouldBe("custom");
        analyzer["tokenizer"]!.GetValue<string>().ShouldBe("standard");
        Strings(analyzer["filter"]).ShouldBe(["lowercase", "asciifolding"]);
    }

    [Theory]
    [InlineData("titleNl", "text", "dutch")]
    [InlineData("titleEn", "text", "english")]
    [InlineData("descriptionNl", "text", "dutch")]
    [InlineData("descriptionEn", "text", "english")]
    [InlineData("occupationLabels", "text", "folded")]
    [InlineData("skillLabels", "text", "folded")]
    [InlineData("id", "keyword", null)]
    [InlineData("occupationUri", "keyword", null)]
    [InlineData("languages", "keyword", null)]
    [InlineData("certificates", "keyword", null)]
    [InlineData("location", "geo_point", null)]
    [InlineData("salaryTo", "integer", null)]
    [InlineData("version", "long", null)]
    [InlineData("publishedAt", "date", null)]
    [InlineData("closingDate", "date", null)]
    [InlineData("visaSponsorship", "boolean", null)]
    public void VacancyTemplate_MapsField(string field, string type, string? analyzer)
    {
        var mapping = Of(VacancyIndexTemplate.Build(Vacancies))["template"]!["mappings"]!;

        mapping["dynamic"]!.GetValue<string>().ShouldBe("strict");
        mapping["properties"]![field]!["type"]!.GetValue<string>().ShouldBe(type);
        (mapping["properties"]![field]!["analyzer"]?.GetValue<string>()).ShouldBe(analyzer);
    }

    [Fact]
    public void VacancyTemplate_TitlesHaveAFoldedSubField()
    {
        var properties = Of(VacancyIndexTemplate.Build(Vacancies))["template"]!["mappings"]!["properties"]!;

        properties["titleNl"]!["fields"]!["folded"]!["analyzer"]!.GetValue<string>().ShouldBe("folded");
        properties["titleEn"]!["fields"]!["folded"]!["analyzer"]!.GetValue<string>().ShouldBe("folded");
    }

    [Fact]
    public void VacancyTemplate_MapsEveryFieldOfTheSourceDocument()
    {
        var properties = Of(VacancyIndexTemplate.Build(Vacancies))["template"]!["mappings"]!["properties"]!.AsObject();
        var source = Source(VacancyIndexDocument.From(SearchSamples.Vacancy(Guid.NewGuid()))).AsObject();

        source.Select(p => p.Key).ShouldBeSubsetOf(properties.Select(p => p.Key));
    }

    [Fact]
    public void CandidateTemplate_MapsEveryFieldOfTheSourceDocument()
    {
        var names = new ElasticsearchIndexNames("tm", ElasticsearchCandidateIndex.Kind);
        var json = Of(CandidateIndexTemplate.Build(names));
        var properties = json["template"]!["mappings"]!["properties"]!.AsObject();
        var source = Source(CandidateIndexDocument.From(SearchSamples.Candidate(Guid.NewGuid()))).AsObject();

        Strings(json["index_patterns"]).ShouldBe(["tm-candidates-*"]);
        source.Select(p => p.Key).ShouldBeSubsetOf(properties.Select(p => p.Key));
        properties["location"]!["type"]!.GetValue<string>().ShouldBe("geo_point");
        properties["skillLabels"]!["analyzer"]!.GetValue<string>().ShouldBe("folded");
    }
}
