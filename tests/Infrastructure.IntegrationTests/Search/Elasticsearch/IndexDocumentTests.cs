using TalentMatch.Infrastructure.Search.Elasticsearch;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch.EsJson;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class IndexDocumentTests
{
    [Fact]
    public void VacancyFrom_DutchText_FillsTheDutchFieldsOnly()
    {
        var json = Source(VacancyIndexDocument.From(SearchSamples.Vacancy(Guid.NewGuid(), "nl")));

        json["titleNl"]!.GetValue<string>().ShouldBe("Verpleegkundige IC");
        json["descriptionNl"]!.GetValue<string>().ShouldStartWith("Zorg voor");
        (json["titleEn"]?.GetValue<string>()).ShouldBeNull();
        json["textLanguage"]!.GetValue<string>().ShouldBe("nl");
    }

    [Fact]
    public void VacancyFrom_EnglishText_FillsTheEnglishFieldsOnly()
    {
        var json = Source(VacancyIndexDocument.From(SearchSamples.Vacancy(Guid.NewGuid(), "EN")));

        json["titleEn"]!.GetValue<string>().ShouldBe("Verpleegkundige IC");
        (json["titleNl"]?.GetValue<string>()).ShouldBeNull();
        json["textLanguage"]!.GetValue<string>().ShouldBe("en");
    }

    [Fact]
    public void VacancyFrom_Coordinates_BecomeAGeoPointAndIdsLowerCaseGuids()
    {
        var id = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");

        var json = Source(VacancyIndexDocument.From(SearchSamples.Vacancy(id)));

        json["id"]!.GetValue<string>().ShouldBe("0f8fad5b-d9cb-469f-a165-70867728950e");
        json["location"]!["lat"]!.GetValue<double>().ShouldBe(SearchSamples.Leiden.Latitude);
        json["location"]!["lon"]!.GetValue<double>().ShouldBe(SearchSamples.Leiden.Longitude);
        json["version"]!.GetValue<long>().ShouldBe(1_772_000_000_123);
        json["closingDate"]!.GetValue<string>().ShouldBe("2026-04-01");
    }

    [Fact]
    public void CandidateFrom_WithoutCoordinates_HasNoLocation()
    {
        var candidate = SearchSamples.Candidate(Guid.NewGuid()) with { Latitude = null, Longitude = null };

        var json = Source(CandidateIndexDocument.From(candidate));

        json["location"].ShouldBeNull();
        json["needsSponsor"]!.GetValue<bool>().ShouldBeTrue();
        Strings(json["languages"]).ShouldBe(["en:C1", "nl:A2"]);
    }
}
