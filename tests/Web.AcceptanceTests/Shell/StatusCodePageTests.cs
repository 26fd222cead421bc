using System.Net;
using System.Net.Http.Headers;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>People get a friendly page in their language; API callers keep ProblemDetails (or a plain status).</summary>
public sealed class StatusCodePageTests(ShellWebFactory factory) : IClassFixture<ShellWebFactory>
{
    [Theory]
    [InlineData("en", "Page not found")]
    [InlineData("nl", "Pagina niet gevonden")]
    public async Task UnknownPage_Returns404WithFriendlyPage(string language, string title)
    {
        var response = await Send(HttpMethod.Get, "/no-such-page?x=1", "text/html", language);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var document = await HtmlPage.ParseAsync(response);
        document.DocumentElement.GetAttribute("lang").ShouldBe(language);
        document.QuerySelector("h1")!.TextContent.ShouldBe(title);
        document.QuerySelector("main a[href='/']").ShouldNotBeNull();
        document.QuerySelector("input[name='returnUrl']")!.GetAttribute("value").ShouldBe("/no-such-page?x=1");
    }

    [Fact]
    public async Task UnknownPage_Posted_Returns404WithFriendlyPage()
    {
        // Development's MapStaticAssets fallback ({**path:file}, GET only) answered POSTs to unknown paths with 405
        // until appsettings.Development.json turned it off (DisableStaticAssetNotFoundRuntimeFallback).
        var response = await Send(HttpMethod.Post, "/no-such-page", "text/html");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await HtmlPage.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Page not found");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("text/html")]
    public async Task UnknownApiPath_Returns404WithoutHtml(string? accept)
    {
        var response = await Send(HttpMethod.Get, "/api/v1/no-such-thing", accept);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<html", Case.Insensitive);
    }

    [Fact]
    public async Task UnknownApiPath_AcceptingJson_ReturnsProblemDetails()
    {
        var response = await Send(HttpMethod.Get, "/api/v1/no-such-thing", "application/json");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"status\":404");
    }

    [Theory]
    [InlineData("en", "Sorry, something went wrong")]
    [InlineData("nl", "Sorry, er ging iets mis")]
    public async Task PageThatThrows_Returns500PageWithoutExceptionDetails(string language, string title)
    {
        var response = await Send(HttpMethod.Get, ShellWebFactory.ThrowingPath, "text/html", language);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(ShellWebFactory.ExceptionMessage);
        body.ShouldNotContain(nameof(InvalidOperationException));
        body.ShouldNotContain("ThrowingPathFilter");
        var document = await HtmlPage.ParseAsync(response);
        document.QuerySelector("h1")!.TextContent.ShouldBe(title);
    }

    [Fact]
    public async Task PostThatThrows_Returns500Page()
    {
        var response = await Send(HttpMethod.Post, ShellWebFactory.ThrowingPath, "text/html");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await HtmlPage.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Sorry, something went wrong");
    }

    [Fact]
    public async Task ApiPathThatThrows_Returns500WithoutHtmlOrDetails()
    {
        var response = await Send(HttpMethod.Get, "/api/v1" + ShellWebFactory.ThrowingPath, "application/json");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(ShellWebFactory.ExceptionMessage);
    }

    [Theory]
    [InlineData(403, "You do not have access to this page")]
    [InlineData(400, "Something went wrong with your request")]
    public async Task ErrorPage_VisitedDirectly_AnswersWithItsStatus(int status, string title)
    {
        var response = await Send(HttpMethod.Get, $"/Error/{status}", "text/html");

        ((int)response.StatusCode).ShouldBe(status);
        (await HtmlPage.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe(title);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, string? accept, string? language = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await factory.CreateClient().SendAsync(request);
    }
}
