using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Search;
using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Places;

namespace TalentMatch.Application.UnitTests.Search;

/// <summary>Inputs that once slipped through: comma-joined enum names, upper-case languages, function words, inline tags.</summary>
[Collection(MatchingCollection.Name)]
public sealed class SearchInputEdgeTests(ShippedTaxonomyFixture fixture)
{
    private readonly ShippedPlaceDirectory _places = new();

    [Theory]
    [InlineData("date,distance")]
    [InlineData("relevance,date")]
    public void SortOrder_TryParse_TwoNames_Fails(string value) => SortOrder.TryParse(value, out _).ShouldBeFalse();

    [Fact]
    public void EnumInput_TwoContractNames_IsInvalid() =>
        EnumInput.IsValid<ContractType>("FixedTerm,TemporaryAgency").ShouldBeFalse();

    [Fact]
    public void LanguageRequirement_TwoLevels_IsInvalid() => LanguageRequirement.IsValid("nl:A1,A2").ShouldBeFalse();

    [Fact]
    public void SearchVacanciesValidator_TwoSortNames_FailsOnSort() =>
        new SearchVacanciesValidator(_places).Validate(new SearchVacanciesQuery(Sort: "date,distance"))
            .Errors.Select(e => e.PropertyName).ShouldContain("sort");

    [Theory]
    [InlineData("NL:B1", "nl:B1")]
    [InlineData("Nl:c1", "nl:C1")]
    [InlineData("nl:b1", "nl:B1")]
    public void LanguageRequirement_AnyCase_IsValidAndNormalisedToTheIndexedForm(string value, string indexed)
    {
        LanguageRequirement.IsValid(value).ShouldBeTrue();
        LanguageRequirement.Normalise(value).ShouldBe(indexed);
    }

    [Fact]
    public void LanguageRequirement_AtLeast_ListsThatLevelAndHigher() =>
        LanguageRequirement.AtLeast("nl:B2").ShouldBe(["nl:B2", "nl:C1", "nl:C2"]);

    [Theory]
    [InlineData("de")]
    [InlineData("het")]
    [InlineData("en")]
    [InlineData("van")]
    [InlineData("voor")]
    public void OccupationExpansion_FunctionWord_ExpandsToNothing(string text) =>
        new OccupationExpansion(fixture.Taxonomy, _places).Expand(text, TaxonomyLanguage.Dutch).ShouldBeEmpty();

    [Theory]
    [InlineData("lasser leiden")]
    [InlineData("lasser in Leiden")]
    public void OccupationExpansion_JobTitleWithAPlace_FindsTheJob(string text) =>
        new OccupationExpansion(fixture.Taxonomy, _places).Expand(text, TaxonomyLanguage.Dutch)
            .Select(o => o.Uri).ShouldContain(OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b"));

    [Fact]
    public void PlainText_InlineTagInsideAWord_KeepsTheWord() => PlainText.FromHtml("<p><b>Las</b>ser</p>").ShouldBe("Lasser");
}
