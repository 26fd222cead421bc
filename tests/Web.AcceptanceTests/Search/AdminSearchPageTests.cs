using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>/Admin/Search: an administrator rebuilds an index and follows the progress; nobody else gets in.</summary>
[Collection(SearchAppCollection.Name)]
public sealed class AdminSearchPageTests(SearchWebFactory app)
{
    [Fact]
    public async Task AdminSearch_AdminStartsVacancyRebuild_SeesProgress_AndSearchFindsTheSameAfterwards()
    {
        var admin = app.NewBrowser();
        (await Visitor.LoginAsync(admin, SearchWebFactory.AdminEmail, SearchWebFactory.AdminPassword)).EnsureSuccessStatusCode();
        var before = await HtmlPage.ParseAsync(await admin.GetAsync("/Admin/Search"));
        before.QuerySelectorAll("tr[data-index]").Select(r => r.GetAttribute("data-index")).ShouldBe(["Vacancies", "Candidates"], ignoreOrder: true);

        var started = await (await HtmlForm.LoadAsync(admin, "/Admin/Search", "tr[data-index=Vacancies] form"))
            .PostAsync(admin);

        started.StatusCode.ShouldBe(HttpStatusCode.OK);
        started.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Admin/Search");
        var page = await HtmlPage.ParseAsync(started);
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("The rebuild has started.");
        Row(page).QuerySelector("progress").ShouldNotBeNull();
        Row(page).QuerySelector("[data-progress]")!.TextContent.ShouldMatch(@"^\d+ / \d+$");

        var done = await UntilNotRunningAsync(admin);
        Row(done).QuerySelector("[data-progress]")!.TextContent.Trim().ShouldBe("3 / 3");
        Row(done).TextContent.ShouldContain("done");
        var search = await app.CreateClient().GetOkAsync("/api/v1/vacancies?q=lasser");
        search.Ids().ShouldBe([app.Vacancies.LeidenWelder, app.Vacancies.GroningenWelder], ignoreOrder: true);
    }

    [Fact]
    public async Task AdminSearch_ForEmployerOrAnonymous_IsDenied()
    {
        var employer = await People.EmployerBrowserAsync(app, $"geen-beheer-{Guid.NewGuid():N}@zoeken.example");
        var anonymous = app.NewBrowser();

        (await employer.GetAsync("/Admin/Search")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await anonymous.GetAsync("/Admin/Search")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/Login");
        var post = await employer.PostAsync("/Admin/Search", new FormUrlEncodedContent(new Dictionary<string, string> { ["index"] = "Vacancies" }));
        post.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    private static IElement Row(IDocument page) => page.QuerySelector("tr[data-index=Vacancies]")!;

    /// <summary>Reloads the page, as its Refresh header does, until the rebuild no longer runs.</summary>
    private static async Task<IDocument> UntilNotRunningAsync(HttpClient admin)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await HtmlPage.ParseAsync(await admin.GetAsync("/Admin/Search"));
            if (!Row(page).TextContent.Contains("running", StringComparison.Ordinal))
            {
                return page;
            }

            if (clock.Elapsed > Eventually.Timeout)
            {
                throw new ShouldAssertException($"The vacancy rebuild still runs after {Eventually.Timeout.TotalSeconds:0} s: {Row(page).TextContent}");
            }

            await Task.Delay(100);
        }
    }
}
