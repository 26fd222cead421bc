using System.Net;
using Microsoft.AspNetCore.Hosting;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Mail;

/// <summary>The whole mail path in the running app: use case → database outbox → dispatcher → file outbox → page.</summary>
public sealed class OutboxDeliveryTests
{
    private static readonly Dictionary<string, string?> FastDispatcher = new() { ["Email:Dispatcher:PollInterval"] = "00:00:00.200" };

    [Fact]
    public async Task Registration_MailIsDeliveredToTheFileOutbox_AndListedOnTheDevelopmentPage()
    {
        using var app = new TalentMatchWebFactory(FastDispatcher);
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");

        await Visitor.RegisterCandidateAsync(client, "eml@example.org", name: "Eva");

        var outbox = Path.Combine(app.DataDirectory, "outbox");
        var file = await WaitForSingleFileAsync(outbox);
        var list = await HtmlPage.ParseAsync(await client.GetAsync("/Dev/Outbox"));
        var link = list.QuerySelector("main table a")!;
        link.TextContent.ShouldNotBeNullOrWhiteSpace();
        var message = await HtmlPage.ParseAsync(await client.GetAsync(link.GetAttribute("href")));
        message.QuerySelector("main")!.TextContent.ShouldContain("eml@example.org");
        message.QuerySelector("pre")!.TextContent.ShouldContain("/Account/ConfirmEmail?userId=");
        Path.GetFileName(file).ShouldBe(link.GetAttribute("href")!.Split("message=")[1]);
    }

    [Theory]
    [InlineData("/Dev/Outbox?message=../demo-accounts.txt")]
    [InlineData("/Dev/Outbox?message=%2Fetc%2Fpasswd")]
    [InlineData("/Dev/Outbox?message=0000000000000000000000000000000000000000000000000000000000000000.eml")]
    public async Task OutboxPage_WithAnUnknownOrForeignName_Returns404(string url)
    {
        using var app = new TalentMatchWebFactory();

        (await app.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OutboxPage_OutsideDevelopment_DoesNotExist()
    {
        using var app = new ProductionApp();

        (await app.CreateClient().GetAsync("/Dev/Outbox")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<string> WaitForSingleFileAsync(string folder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml") is [var file])
            {
                return file;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No single .eml in {folder} within 20 s.");
    }

    private sealed class ProductionApp : TalentMatchWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
