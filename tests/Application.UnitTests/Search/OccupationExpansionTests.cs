using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Search;

[Collection(MatchingCollection.Name)]
public sealed class OccupationExpansionTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;

    private OccupationExpansion Expansion => new(_taxonomy, new TalentMatch.Infrastructure.Places.ShippedPlaceDirectory());

    [Theory]
    [InlineData("lasser", "nl")]
    [InlineData("spawacz", "pl")]
    [InlineData("soudeur", "fr")]
    [InlineData("soldador", "es")]
    [InlineData("welder", "en")]
    [InlineData("Lasser", "en")]
    [InlineData("  SPAWACZ ", "nl")]
    public void Expand_WelderInAnyLanguage_IsWelderOnly(string text, string reader)
    {
        var occupations = Expansion.Expand(text, TaxonomyLanguage.FromCode(reader)!);

        occupations.ShouldHaveSingleItem().Uri.ShouldBe(MatchExamples.Welder);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Expand_NoText_IsEmpty(string? text) => Expansion.Expand(text, TaxonomyLanguage.Dutch).ShouldBeEmpty();

    [Theory]
    [InlineData("xyzzy")]
    [InlineData("qwrtplk")]
    public void Expand_WordNoLabelResembles_IsEmpty(string text) =>
        Expansion.Expand(text, TaxonomyLanguage.Dutch).ShouldBeEmpty();

    [Fact]
    public void Expand_WordInManyLabels_DropsTheMatchesFarBelowTheBest()
    {
        var all = _taxonomy.SearchOccupations("werk", TaxonomyLanguage.Dutch, OccupationExpansion.MaxOccupations);

        var occupations = Expansion.Expand("werk", TaxonomyLanguage.Dutch);

        all.Count.ShouldBe(OccupationExpansion.MaxOccupations);
        occupations.Count.ShouldBeInRange(1, all.Count - 1);
        occupations.ShouldBe(all.Take(occupations.Count).Select(m => m.Occupation));
    }

    [Fact]
    public void Expand_Verpleegkundige_FindsTheGeneralNurse() =>
        Expansion.Expand("verpleegkundige", TaxonomyLanguage.Dutch).Select(o => o.Uri)
            .ShouldContain(MatchExamples.GeneralNurse);
}
