using TalentMatch.Infrastructure.Taxonomy.Search;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("Welder", new[] { "welder" })]
    [InlineData("spawacz ręczny łukiem", new[] { "spawacz", "reczny", "lukiem" })]
    [InlineData("żółć ŻÓŁĆ", new[] { "zolc", "zolc" })]
    [InlineData("técnico/técnica de mantenimiento", new[] { "tecnico", "tecnica", "de", "mantenimiento" })]
    [InlineData("technicien de la qualité de l’eau", new[] { "technicien", "de", "la", "qualite", "de", "l", "eau" })]
    [InlineData("oxy-fuel welder (MIG)", new[] { "oxy", "fuel", "welder", "mig" })]
    [InlineData("Straße Ærø œuvre", new[] { "strasse", "aero", "oeuvre" })]
    [InlineData("señor año", new[] { "senor", "ano" })]
    [InlineData("ICT 3.0", new[] { "ict", "3", "0" })]
    public void Tokens_Text_FoldedTokens(string text, string[] expected) =>
        TextNormaliser.Tokens(text).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("!?/-–")]
    public void Tokens_NoLettersOrDigits_Empty(string text) =>
        TextNormaliser.Tokens(text).ShouldBeEmpty();

    [Fact]
    public void Tokens_LongText_AllTokens() =>
        TextNormaliser.Tokens(string.Join(' ', Enumerable.Repeat("één", 200))).Count.ShouldBe(200);
}
