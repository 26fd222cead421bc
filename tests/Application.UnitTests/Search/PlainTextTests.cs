using TalentMatch.Application.Search;

namespace TalentMatch.Application.UnitTests.Search;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("<p>een</p><p>twee</p>", "een twee")]
    [InlineData("een<br>twee<br/>drie", "een twee drie")]
    [InlineData("<ul><li>VCA</li><li>BHV</li></ul>", "VCA BHV")]
    [InlineData("<h3>Wat ga je doen?</h3><p>Lassen.</p>", "Wat ga je doen? Lassen.")]
    public void FromHtml_BlockTags_BecomeSpacesBetweenWords(string html, string text) =>
        PlainText.FromHtml(html).ShouldBe(text);

    [Fact]
    public void FromHtml_TagWithAttributes_KeepsOnlyItsText() =>
        PlainText.FromHtml("<p>Zie <a href=\"https://example.nl/?a=1&amp;b=2\">onze site</a></p>").ShouldBe("Zie onze site");

    [Theory]
    [InlineData("staal &amp; aluminium", "staal & aluminium")]
    [InlineData("&euro; 3.000", "€ 3.000")]
    [InlineData("caf&eacute; &#233;&#x00E9;", "café éé")]
    [InlineData("&quot;ja&quot; &amp;&amp; &#39;nee&#39;", "\"ja\" && 'nee'")]
    public void FromHtml_Entities_AreDecoded(string html, string text) => PlainText.FromHtml(html).ShouldBe(text);

    [Fact]
    public void FromHtml_EncodedTag_StaysAsText() =>
        PlainText.FromHtml("<p>&lt;b&gt;geen tag&lt;/b&gt;</p>").ShouldBe("<b>geen tag</b>");

    [Theory]
    [InlineData("  een \n\t twee  ", "een twee")]
    [InlineData("een&nbsp;&nbsp;twee", "een twee")]
    [InlineData("<p>\n  een\r\n</p>\n\n<p>twee</p>\n", "een twee")]
    public void FromHtml_Whitespace_CollapsesToSingleSpaces(string html, string text) =>
        PlainText.FromHtml(html).ShouldBe(text);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p></p><br>")]
    public void FromHtml_NoWords_IsEmpty(string html) => PlainText.FromHtml(html).ShouldBe(string.Empty);
}
