using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.UnitTests.Taxonomy;

public sealed class TaxonomyLanguageTests
{
    [Fact]
    public void All_FiveLanguagesEnglishFirst() =>
        TaxonomyLanguage.All.Select(l => l.Code).ShouldBe(["en", "nl", "pl", "fr", "es"]);

    [Theory]
    [InlineData("nl")]
    [InlineData("NL")]
    public void FromCode_SupportedAnyCase_ReturnsLanguage(string code) =>
        TaxonomyLanguage.FromCode(code).ShouldBeSameAs(TaxonomyLanguage.Dutch);

    [Theory]
    [InlineData(null)]
    [InlineData("de")]
    [InlineData("nl-NL")]
    public void IsSupported_Other_False(string? code) =>
        TaxonomyLanguage.IsSupported(code).ShouldBeFalse();

    [Fact]
    public void Default_IsEnglish() =>
        TaxonomyLanguage.Default.ShouldBeSameAs(TaxonomyLanguage.English);
}
