namespace TalentMatch.Tools.Taxonomy.Tests;

public sealed class LabelTextTests
{
    [Fact]
    public void Clean_RunsOfWhitespaceAndTabs_CollapsedAndTrimmed() =>
        LabelText.Clean("  spawacz \r metodą \t  TIG ").ShouldBe("spawacz metodą TIG");

    [Fact]
    public void Clean_SeparatorInLabel_Throws() =>
        Should.Throw<InvalidDataException>(() => LabelText.Clean("a|b"));

    [Fact]
    public void FromUri_EscoUri_ReturnsLastSegment() =>
        EscoIds.FromUri(" http://data.europa.eu/esco/occupation/" + Fixture.Welder + " ").ShouldBe(Fixture.Welder);

    [Theory]
    [InlineData("")]
    [InlineData("https://example.org/occupation/1")]
    [InlineData("http://data.europa.eu/esco/occupation/")]
    public void FromUri_NotAnEscoUri_Throws(string uri) =>
        Should.Throw<InvalidDataException>(() => EscoIds.FromUri(uri));
}
