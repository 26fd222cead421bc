using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Taxonomy;

public sealed class MultilingualLabelsTests
{
    [Fact]
    public void PreferredIn_LanguagePresent_ThatLabel() =>
        TaxonomyExamples.Welder.Labels.PreferredIn(TaxonomyLanguage.Polish).ShouldBe("spawacz");

    [Fact]
    public void PreferredIn_LanguageMissing_English() =>
        TaxonomyExamples.Welder.Labels.PreferredIn(TaxonomyLanguage.Spanish).ShouldBe("welder");

    [Fact]
    public void Languages_InTaxonomyOrder() =>
        TaxonomyExamples.Welder.Labels.Languages.ShouldBe([TaxonomyLanguage.English, TaxonomyLanguage.Dutch, TaxonomyLanguage.Polish]);

    [Fact]
    public void Constructor_WithoutEnglish_Throws() =>
        Should.Throw<ArgumentException>(() => TaxonomyExamples.Labels(("nl", "lasser")));
}
