using TalentMatch.Infrastructure.RichText;

namespace TalentMatch.Infrastructure.IntegrationTests.RichText;

public sealed class RichTextSanitizerTests
{
    private readonly RichTextSanitizer _sanitizer = new();

    [Theory]
    [InlineData("<p>Hi</p><script>alert('x')</script>", "<p>Hi</p>")]
    [InlineData("<img src=x onerror=\"alert(1)\">", "")]
    [InlineData("<p onclick=\"steal()\">Click</p>", "<p>Click</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">link</a>", "<a rel=\"nofollow noopener\">link</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a rel=\"nofollow noopener\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>ok</p>", "<p>ok</p>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\" class=\"x\">styled</p>", "<p>styled</p>")]
    [InlineData("<svg><script>alert(1)</script></svg>", "")]
    [InlineData("<form action=\"/x\"><input name=\"a\"></form>", "")]
    public void Sanitize_RemovesScriptsHandlersAndDangerousUrls(string input, string expected) =>
        _sanitizer.Sanitize(input).ShouldBe(expected);

    [Fact]
    public void Sanitize_KeepsBasicFormatting()
    {
        const string html = "<h3>Wat ga je doen?</h3><p><strong>Lassen</strong> en <em>monteren</em>, <u>veilig</u>.<br>Nieuwe regel.</p>"
            + "<ul><li>VCA</li></ul><ol><li>Een</li></ol><blockquote>Citaat</blockquote>";

        _sanitizer.Sanitize(html).ShouldBe(html);
    }

    [Fact]
    public void Sanitize_KeepsHttpsAndMailtoLinks_WithNofollow() =>
        _sanitizer.Sanitize("<a href=\"https://leiden.nl/werk\" target=\"_blank\">werk</a> <a href=\"mailto:hr@bouw.example\">mail</a>")
            .ShouldBe("<a href=\"https://leiden.nl/werk\" rel=\"nofollow noopener\">werk</a> <a href=\"mailto:hr@bouw.example\" rel=\"nofollow noopener\">mail</a>");

    [Fact]
    public void Sanitize_PlainText_BecomesEncodedParagraphs() =>
        _sanitizer.Sanitize("Wij zoeken een lasser.\nFulltime.\n\nSalaris > €3000 & meer")
            .ShouldBe("<p>Wij zoeken een lasser.<br>Fulltime.</p><p>Salaris &gt; €3000 &amp; meer</p>");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Sanitize_Nothing_IsEmpty(string? input) => _sanitizer.Sanitize(input).ShouldBe(string.Empty);
}
