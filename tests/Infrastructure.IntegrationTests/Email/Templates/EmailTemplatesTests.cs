using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email.Templates;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Templates;

public sealed class EmailTemplatesTests
{
    private const string Link = "https://talentmatch.test/Account/ConfirmEmail?userId=42&code=a%2Bb";
    private readonly EmailTemplates _templates = new();

    public static TheoryData<EmailTemplate> All => [.. Enum.GetValues<EmailTemplate>()];

    [Theory]
    [MemberData(nameof(All))]
    public void Render_EnglishAndDutch_GiveDifferentTexts(EmailTemplate template)
    {
        var en = _templates.Render(template, "en", Values(Link));
        var nl = _templates.Render(template, "nl", Values(Link));

        en.Subject.ShouldNotBe(nl.Subject);
        en.TextBody.ShouldNotBe(nl.TextBody);
        en.HtmlBody.ShouldContain("<html lang=\"en\">");
        nl.HtmlBody.ShouldContain("<html lang=\"nl\">");
        foreach (var content in new[] { en, nl })
        {
            content.TextBody.ShouldContain(Link);
            content.HtmlBody.ShouldContain("href=\"https://talentmatch.test/Account/ConfirmEmail?userId=42&amp;code=a%2Bb\"");
        }
    }

    [Theory]
    [InlineData(EmailTemplate.ApplicationReceived)]
    [InlineData(EmailTemplate.ApplicationStageChanged)]
    [InlineData(EmailTemplate.ApplicationMessageToCandidate)]
    [InlineData(EmailTemplate.PlacementReported)]
    public void Render_ApplicationMails_CarryNoValueButTheLink(EmailTemplate template)
    {
        var values = new Dictionary<string, string> { ["link"] = Link, ["name"] = "Ana Lopez", ["vacancy"] = "Lasser" };

        foreach (var culture in new[] { "en", "nl" })
        {
            var content = _templates.Render(template, culture, values);
            new[] { content.Subject, content.TextBody, content.HtmlBody }
                .ShouldAllBe(text => !text.Contains("Ana Lopez") && !text.Contains("Lasser"));
        }
    }

    [Fact]
    public void Render_ConfirmEmailInDutch_UsesDutchWords()
    {
        var content = _templates.Render(EmailTemplate.ConfirmEmail, "nl", Values(Link));

        content.Subject.ShouldBe("Bevestig je e-mailadres voor TalentMatch Leiden");
        content.HtmlBody.ShouldContain(">E-mailadres bevestigen</a>");
        content.HtmlBody.ShouldContain("Werkt de knop niet?");
        content.TextBody.ShouldContain("E-mailadres bevestigen:");
    }

    [Fact]
    public void Render_ValueWithMarkup_IsHtmlEncodedInHtmlAndVerbatimInText()
    {
        const string hostile = "https://talentmatch.test/x?a=1&b=\"><script>alert(1)</script>";

        var content = _templates.Render(EmailTemplate.ResetPassword, "en", Values(hostile));

        content.HtmlBody.ShouldNotContain("<script>");
        content.HtmlBody.ShouldNotContain("\"><script");
        content.HtmlBody.ShouldContain("a=1&amp;b=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        content.TextBody.ShouldContain(hostile);
    }

    [Fact]
    public void Render_Html_HasButtonAnchorAndRawUrl()
    {
        var html = _templates.Render(EmailTemplate.SetPassword, "en", Values(Link)).HtmlBody;

        html.Split("href=\"").Length.ShouldBe(3); // the button and the visible raw URL
        html.ShouldContain(">Set password</a>");
        html.ShouldContain(">https://talentmatch.test/Account/ConfirmEmail?userId=42&amp;code=a%2Bb</a>");
    }

    [Theory]
    [InlineData("nl-NL", "nl")]
    [InlineData("NL", "nl")]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("", "en")]
    public void Render_Culture_MatchesLanguageOrFallsBackToEnglish(string culture, string expected)
    {
        var content = _templates.Render(EmailTemplate.AlreadyRegistered, culture, Values(Link));

        content.ShouldBe(_templates.Render(EmailTemplate.AlreadyRegistered, expected, Values(Link)));
    }

    [Fact]
    public void Render_WithoutLink_Throws()
    {
        Should.Throw<ArgumentException>(() =>
            _templates.Render(EmailTemplate.ConfirmEmail, "en", new Dictionary<string, string>()));
    }

    private static Dictionary<string, string> Values(string link) => new() { [EmailTemplates.LinkValue] = link };
}
