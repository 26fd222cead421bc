using TalentMatch.Application.Search;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>Facet counts: largest first, and each counted without its own filter.</summary>
public abstract partial class VacancyIndexContract
{
    private async Task SeedFacetsAsync() => await UpsertAsync(
        Vacancy() with { Sector = "healthcare", ContractType = "Permanent", Languages = ["nl:B1"], VisaSponsorship = true, OccupationGroup = "222" },
        Vacancy() with { Sector = "healthcare", ContractType = "Permanent", Languages = ["nl:B1", "en:B2"], OccupationGroup = "222" },
        Vacancy() with { Sector = "healthcare", ContractType = "FixedTerm", Languages = ["en:B2"], OccupationGroup = "532" },
        Vacancy() with { Sector = "construction", ContractType = "Permanent", Languages = [], OccupationGroup = "721" },
        Vacancy() with { Sector = "construction", ContractType = "Temporary", Languages = ["nl:A2"], OccupationGroup = "721" },
        Vacancy() with { Sector = "education", ContractType = "FixedTerm", Languages = ["nl:C1"], VisaSponsorship = true, OccupationGroup = null });

    [Fact]
    public async Task Search_WithoutFilters_CountsEveryFacetLargestFirst()
    {
        await SeedFacetsAsync();

        var facets = (await SearchAsync(Find())).Facets;

        facets.Keys.ShouldBe(SearchFacets.All, ignoreOrder: true);
        facets[SearchFacets.Sector].ShouldBe([new("healthcare", 3), new("construction", 2), new("education", 1)]);
        facets[SearchFacets.Contract].ShouldBe([new("Permanent", 3), new("FixedTerm", 2), new("Temporary", 1)]);
        facets[SearchFacets.Language].ShouldBe([new("en:B2", 2), new("nl:B1", 2), new("nl:A2", 1), new("nl:C1", 1)]);
        facets[SearchFacets.OccupationGroup].ShouldBe([new("222", 2), new("721", 2), new("532", 1)]);
        facets[SearchFacets.Sponsorship].ShouldBe([new("false", 4), new("true", 2)]);
    }

    [Fact]
    public async Task Search_WithFacetFilters_CountsEachFacetWithoutItsOwnFilter()
    {
        await SeedFacetsAsync();

        var result = await SearchAsync(Find() with { Sectors = ["healthcare"], ContractTypes = ["Permanent"] });

        result.Total.ShouldBe(2);
        result.Facets[SearchFacets.Sector].ShouldBe([new("healthcare", 2), new("construction", 1)]);
        result.Facets[SearchFacets.Contract].ShouldBe([new("Permanent", 2), new("FixedTerm", 1)]);
        result.Facets[SearchFacets.Sponsorship].ShouldBe([new("false", 1), new("true", 1)]);
        result.Facets[SearchFacets.Language].ShouldBe([new("nl:B1", 2), new("en:B2", 1)]);
    }

    [Fact]
    public async Task Search_SponsorshipFilter_StillCountsTheOtherSponsorshipValue()
    {
        await SeedFacetsAsync();

        var result = await SearchAsync(Find() with { SponsorsVisa = true, Sectors = ["healthcare"] });

        result.Total.ShouldBe(1);
        result.Facets[SearchFacets.Sponsorship].ShouldBe([new("false", 2), new("true", 1)]);
        result.Facets[SearchFacets.Sector].ShouldBe([new("education", 1), new("healthcare", 1)]);
    }

    [Fact]
    public async Task Search_NonFacetFiltersAndText_RestrictTheCounts()
    {
        await UpsertAsync(
            Vacancy("Lasser") with { Sector = "construction" },
            Vacancy("Lasser") with { Sector = "energy", ClosingDate = Today.AddDays(-3) },
            Vacancy("Verpleegkundige") with { Sector = "healthcare" });

        var facets = (await SearchAsync(Find("lasser"))).Facets;

        facets[SearchFacets.Sector].ShouldBe([new("construction", 1)]);
    }
}
