using TalentMatch.Domain.Notifications;

namespace TalentMatch.Domain.UnitTests.Notifications;

public sealed class EmailHeadersTests
{
    private const string Unsubscribe = "<https://talentmatch.example/alerts/unsubscribe?token=abc>";

    [Fact]
    public void Checked_NullOrEmpty_IsNone()
    {
        EmailHeaders.Checked(null).ShouldBeEmpty();
        EmailHeaders.Checked(new Dictionary<string, string>()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("List-Unsubscribe")]
    [InlineData("list-unsubscribe")]
    [InlineData("LIST-UNSUBSCRIBE")]
    public void Checked_AllowedNameInAnyCase_KeepsTheCanonicalName(string name)
    {
        var headers = EmailHeaders.Checked(new Dictionary<string, string> { [name] = Unsubscribe });

        headers.ShouldHaveSingleItem().ShouldBe(new KeyValuePair<string, string>(EmailHeaders.ListUnsubscribe, Unsubscribe));
    }

    [Fact]
    public void Checked_OneClickPair_KeepsBoth()
    {
        var headers = EmailHeaders.Checked(new Dictionary<string, string>
        {
            ["list-unsubscribe-post"] = EmailHeaders.OneClick,
            [EmailHeaders.ListUnsubscribe] = Unsubscribe,
        });

        headers[EmailHeaders.ListUnsubscribe].ShouldBe(Unsubscribe);
        headers[EmailHeaders.ListUnsubscribePost].ShouldBe("List-Unsubscribe=One-Click");
        headers.Keys.Order(StringComparer.Ordinal).ShouldBe(["List-Unsubscribe", "List-Unsubscribe-Post"]);
    }

    [Theory]
    [InlineData("Bcc")]
    [InlineData("To")]
    [InlineData("Reply-To")]
    [InlineData("X-Mailer")]
    [InlineData("List-Unsubscribe ")]
    [InlineData("List-Unsubscribe:")]
    [InlineData("")]
    public void Checked_UnknownName_IsRefused(string name)
    {
        var refused = Should.Throw<ArgumentException>(() =>
            EmailHeaders.Checked(new Dictionary<string, string> { [name] = "x" }));

        refused.ParamName.ShouldBe("headers");
    }

    [Theory]
    [InlineData("<https://a.example/u>\r\nBcc: victim@example.org")]
    [InlineData("<https://a.example/u>\nBcc: victim@example.org")]
    [InlineData("<https://a.example/u>\rBcc: victim@example.org")]
    [InlineData("<https://a.example/u>\0")]
    [InlineData("<https://a.example/u>\t")]
    [InlineData("<https://a.example/ü>")]
    [InlineData("")]
    [InlineData("   ")]
    public void Checked_ValueThatIsEmptyOrNotPrintableAscii_IsRefused(string value)
    {
        Should.Throw<ArgumentException>(() =>
            EmailHeaders.Checked(new Dictionary<string, string> { [EmailHeaders.ListUnsubscribe] = value }));
    }

    [Fact]
    public void Checked_ValueAtTheLimit_IsKept_AndOneLonger_IsRefused()
    {
        var atLimit = "<https://a.example/" + new string('u', EmailHeaders.ValueMaxLength - 20) + ">";
        atLimit.Length.ShouldBe(EmailHeaders.ValueMaxLength);

        EmailHeaders.Checked(new Dictionary<string, string> { [EmailHeaders.ListUnsubscribe] = atLimit })
            [EmailHeaders.ListUnsubscribe].ShouldBe(atLimit);
        Should.Throw<ArgumentException>(() => EmailHeaders.Checked(
            new Dictionary<string, string> { [EmailHeaders.ListUnsubscribe] = atLimit.Insert(1, "h") }));
    }

    [Theory]
    [InlineData("List-Unsubscribe=one-click")]
    [InlineData("yes")]
    public void Checked_UnsubscribePostOtherThanOneClick_IsRefused(string value)
    {
        Should.Throw<ArgumentException>(() =>
            EmailHeaders.Checked(new Dictionary<string, string> { [EmailHeaders.ListUnsubscribePost] = value }));
    }

    [Fact]
    public void Checked_SameNameTwiceInDifferentCase_IsRefused()
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["List-Unsubscribe"] = Unsubscribe,
            ["list-unsubscribe"] = "<https://evil.example/>",
        };

        Should.Throw<ArgumentException>(() => EmailHeaders.Checked(headers));
    }
}
