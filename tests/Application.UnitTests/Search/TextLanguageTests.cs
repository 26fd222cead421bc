using TalentMatch.Application.Search;

namespace TalentMatch.Application.UnitTests.Search;

public sealed class TextLanguageTests
{
    [Theory]
    [InlineData("Lasser Wij zoeken een lasser voor de bouw van onze nieuwe hal in Leiden.")]
    [InlineData("Verpleegkundige. Je werkt met een fijn team en bent een collega voor onze bewoners.")]
    [InlineData("DE LASSER VAN HET JAAR")]
    public void Guess_DutchText_IsDutch(string text) => TextLanguage.Guess(text).ShouldBe(TextLanguage.Dutch);

    [Theory]
    [InlineData("Welder We are looking for a welder to join our team in Leiden.")]
    [InlineData("Nurse. You work with a great team and care for our residents at the hospital.")]
    [InlineData("THE WELDER OF THE YEAR")]
    public void Guess_EnglishText_IsEnglish(string text) => TextLanguage.Guess(text).ShouldBe(TextLanguage.English);

    [Theory]
    [InlineData("")]
    [InlineData("Lasser")]
    [InlineData("Spawacz MIG/MAG")]
    public void Guess_NoFunctionWords_IsDutch(string text) => TextLanguage.Guess(text).ShouldBe(TextLanguage.Dutch);

    [Theory]
    [InlineData("de the")]
    [InlineData("is")]
    [InlineData("werk work we")]
    public void Guess_Tie_IsDutch(string text) => TextLanguage.Guess(text).ShouldBe(TextLanguage.Dutch);

    [Fact]
    public void Guess_OneMoreEnglishWord_IsEnglish() => TextLanguage.Guess("de the and").ShouldBe(TextLanguage.English);

    [Fact]
    public void Guess_PunctuationAroundWords_StillCountsThem() =>
        TextLanguage.Guess("(the) welder, and: you!").ShouldBe(TextLanguage.English);
}
