using TalentMatch.Application.Search;

namespace TalentMatch.Application.UnitTests.Search;

public sealed class SearchWordsTests
{
    [Fact]
    public void Of_Text_SplitsOnAnythingButLettersAndDigits_LowerCase()
    {
        SearchWords.Of("Lasser MIG/MAG, 3e-klas (VCA)!").Required.ShouldBe(["lasser", "mig", "mag", "3e", "klas", "vca"]);
    }

    [Theory]
    [InlineData("medewerker in de thuiszorg", new[] { "medewerker", "thuiszorg" })]
    [InlineData("técnico de obras", new[] { "técnico", "obras" })]
    [InlineData("agent de propreté", new[] { "agent", "propreté" })]
    [InlineData("l'infirmier", new[] { "infirmier" })]
    [InlineData("spawacz w stoczni", new[] { "spawacz", "stoczni" })]
    [InlineData("nurse for the night", new[] { "nurse", "night" })]
    public void Of_FunctionWordsOfTheFiveLanguages_AreDropped(string text, string[] words) =>
        SearchWords.Of(text).Required.ShouldBe(words);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(8, 6)]
    public void MinimumOf_AllOfTwo_ThreeQuartersRoundedDownOfMore(int words, int minimum) =>
        SearchWords.MinimumOf(words).ShouldBe(minimum);

    [Fact]
    public void Of_OptionalWordsNextToOthers_OnlyAddRelevance()
    {
        var words = SearchWords.Of("lasser Leiden", ["leiden"]);

        words.Required.ShouldBe(["lasser"]);
        words.MinimumRequired.ShouldBe(1);
        words.Optional.ShouldBe(["leiden"]);
    }

    [Fact]
    public void Of_OnlyOptionalWords_AreRequiredAfterAll()
    {
        var words = SearchWords.Of("Leiden", ["leiden"]);

        words.Required.ShouldBe(["leiden"]);
        words.Optional.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("de het een")]
    [InlineData("!?*")]
    public void Of_NothingToSearch_IsEmpty(string? text) => SearchWords.Of(text).IsEmpty.ShouldBeTrue();

    [Fact]
    public void Of_RepeatedWord_CountsOnce() => SearchWords.Of("lasser Lasser LASSER").Required.ShouldBe(["lasser"]);
}
