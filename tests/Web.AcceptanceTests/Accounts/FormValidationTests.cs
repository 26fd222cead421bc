using System.Net;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Accounts;

/// <summary>Bad input on every form: a clear message on the right field, the input kept, never a 5xx.</summary>
public sealed class FormValidationTests(TalentMatchWebFactory app) : IClassFixture<TalentMatchWebFactory>
{
    public static TheoryData<string, string[], string, string> BadInput => new()
    {
        { "/Account/Register", ["Input.DisplayName=", "Input.Email=ana@example.org", "Input.Password=tulpen fiets"], "Input.DisplayName", "must not be empty" },
        { "/Account/Register", ["Input.DisplayName=Ana", "Input.Email=not-an-email", "Input.Password=tulpen fiets"], "Input.Email", "not a valid email" },
        { "/Account/Register", ["Input.DisplayName=Ana", "Input.Email=a@example.org", "Input.Password=short"], "Input.Password", "at least 8 characters" },
        { "/Account/Register", ["Input.DisplayName=Ana", "Input.Email=a@example.org", "Input.Password=password1"], "Input.Password", "most common" },
        { "/Account/Register", ["Input.DisplayName=" + "", "Input.Email=", "Input.Password="], "Input.Email", "must not be empty" },
        { "/Account/RegisterEmployer", ["Input.OrganisationName=Zorg", "Input.KvkNumber=1234", "Input.Email=hr@zorg.nl", "Input.Password=tulpen fiets"], "Input.KvkNumber", "exactly 8 digits" },
        { "/Account/RegisterEmployer", ["Input.OrganisationName=", "Input.KvkNumber=12345678", "Input.Email=hr@zorg.nl", "Input.Password=tulpen fiets"], "Input.OrganisationName", "must not be empty" },
        { "/Account/Login", ["Input.Email=", "Input.Password="], "Input.Email", "Enter your e-mail address" },
        { "/Account/ForgotPassword", ["Input.Email=nope"], "Input.Email", "not a valid email" },
        { "/Account/ResendConfirmation", ["Input.Email="], "Input.Email", "must not be empty" },
        { "/Account/ResetPassword?email=a@example.org&code=x", ["Input.Email=a@example.org", "Input.NewPassword=kort"], "Input.NewPassword", "at least 8 characters" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Post_BadInput_ShowsFieldErrorAndKeepsInput(string url, string[] fields, string field, string message)
    {
        var client = app.NewBrowser();
        var form = await HtmlForm.LoadAsync(client, url);
        foreach (var pair in fields)
        {
            var parts = pair.Split('=', 2);
            form.Set(parts[0], parts[1]);
        }

        var response = await form.PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        page.FieldError(field).ShouldNotBeNull($"no error on {field}").ShouldContain(message, Case.Insensitive);
        var kept = fields.Select(f => f.Split('=', 2)).FirstOrDefault(p => p[0] == "Input.Email" && p[1].Length > 0);
        if (kept is not null)
        {
            page.QuerySelector("input[name='Input.Email']")!.GetAttribute("value").ShouldBe(kept[1]);
        }
    }

    [Fact]
    public async Task Post_BadInputInDutch_ShowsDutchMessages()
    {
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        var form = await HtmlForm.LoadAsync(client, "/Account/RegisterEmployer");

        var response = await form.Set("Input.OrganisationName", "Zorg").Set("Input.KvkNumber", "12")
            .Set("Input.Email", "hr@zorg.nl").Set("Input.Password", "welkom01").PostAsync(client);

        var page = await HtmlPage.ParseAsync(response);
        page.FieldError("Input.KvkNumber").ShouldBe("Een KvK-nummer heeft precies 8 cijfers.");
        page.FieldError("Input.Password").ShouldNotBeNull().ShouldContain("meest gebruikte");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Registreer uw organisatie");
    }

    [Theory]
    [InlineData("/Account/ConfirmEmail")]
    [InlineData("/Account/ConfirmEmail?userId=not-a-guid&code=%%%")]
    [InlineData("/Account/ConfirmEmail?userId=0195f1d2-0000-7000-8000-000000000000&code=Zm9v")]
    public async Task ConfirmEmail_WithBrokenLink_ExplainsInsteadOfFailing(string url)
    {
        var response = await app.NewBrowser().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Confirmation failed");
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("not valid or has expired");
    }

    [Fact]
    public async Task ResetPassword_WithForgedCode_ExplainsInsteadOfFailing()
    {
        var client = app.NewBrowser();
        await Visitor.RegisterCandidateAsync(client, "target@example.org");

        var response = await (await HtmlForm.LoadAsync(client, "/Account/ResetPassword?email=target@example.org&code=Zm9vYmFy"))
            .Set("Input.NewPassword", "een heel nieuw wachtwoord").PostAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("not valid");
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var response = await app.NewBrowser().PostAsync("/Account/Register",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@example.org" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
