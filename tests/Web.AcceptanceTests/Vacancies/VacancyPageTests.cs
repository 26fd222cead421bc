using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Search;

namespace TalentMatch.Web.AcceptanceTests.Vacancies;

public sealed class VacancyPageTests(VacancyWebFactory app) : IClassFixture<VacancyWebFactory>
{
    private static string InDays(int days) =>
        DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Employer_PostsAndPublishesWelderThroughThePages_AppearsInPublicListAndApi()
    {
        var browser = await People.EmployerBrowserAsync(app, "hr@lasbedrijf.example", "Lasbedrijf Leiden");

        var saved = await (await HtmlForm.LoadAsync(browser, "/Employer/Vacancies/Edit"))
            .Set("Input.Title", "Lasser MIG/MAG")
            .Set("Input.Description", "Wij zoeken een lasser.\n\nJe werkt in ons team in Leiden.")
            .Set("Input.Sector", "construction")
            .Set("Input.OccupationUri", People.WelderUri)
            .Set("Input.Languages[0].Language", "nl").Set("Input.Languages[0].Level", "B1")
            .Set("Input.Certificates", "VCA-BASIS")
            .Set("Input.HoursMin", "32").Set("Input.HoursMax", "40")
            .Set("Input.ContractType", "Permanent")
            .Set("Input.SalaryFrom", "2800").Set("Input.SalaryTo", "3400")
            .Set("Input.Place", "Leiden").Set("Input.WorkMode", "OnSite")
            .Set("Input.ClosingDate", InDays(21))
            .PostAsync(browser);

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = saved.RequestMessage!.RequestUri!.AbsolutePath;
        details.ShouldStartWith("/Employer/Vacancies/Details/");
        var page = await HtmlPage.ParseAsync(saved);
        page.QuerySelector("[data-status]")!.GetAttribute("data-status").ShouldBe("Draft");

        var published = await (await HtmlForm.LoadAsync(browser, details, "form[action*='handler=Publish']")).PostAsync(browser);

        (await HtmlPage.ParseAsync(published)).QuerySelector("[data-status]")!.GetAttribute("data-status").ShouldBe("Published");
        var id = Guid.Parse(details.Split('/')[^1]);
        var anonymous = app.CreateClient();
        // The public list is the search index, which takes the vacancy from the outbox a moment after publishing.
        await Eventually.GetJsonAsync(anonymous, "/api/v1/vacancies", answer => answer.Ids().Contains(id),
            "the published vacancy in the public list");
        var list = await HtmlPage.ParseAsync(await anonymous.GetAsync("/Vacancies"));
        list.QuerySelector($"[data-vacancy='{id}'] a")!.TextContent.ShouldBe("Lasser MIG/MAG");
        var vacancy = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{id}");
        vacancy.GetProperty("status").GetString().ShouldBe("Published");
        vacancy.GetProperty("place").GetString().ShouldBe("Leiden");
        vacancy.GetProperty("occupation").GetProperty("label").GetString().ShouldBe("welder");
        vacancy.GetProperty("certificates")[0].GetProperty("code").GetString().ShouldBe("VCA-BASIS");
        vacancy.GetProperty("languages")[0].GetProperty("level").GetString().ShouldBe("B1");
        vacancy.GetProperty("description").GetString().ShouldBe("<p>Wij zoeken een lasser.</p><p>Je werkt in ons team in Leiden.</p>");
        vacancy.GetProperty("history").ValueKind.ShouldBe(JsonValueKind.Null);
        var manage = await HtmlPage.ParseAsync(await browser.GetAsync(details));
        manage.QuerySelectorAll(".tm-history tbody tr").Length.ShouldBe(2);
    }

    [Fact]
    public async Task EditPage_WithoutJavaScript_SearchesOccupationThenOffersItsEssentialSkills()
    {
        var browser = await People.EmployerBrowserAsync(app, "nojs@lasbedrijf.example");
        var empty = await HtmlPage.ParseAsync(await browser.GetAsync("/Employer/Vacancies/Edit"));
        var search = empty.QuerySelector("button[formaction*='handler=SearchOccupation']")!.GetAttribute("formaction")!;
        var choose = empty.QuerySelector("#choose-occupation")!.GetAttribute("formaction")!;
        var form = (await HtmlForm.LoadAsync(browser, "/Employer/Vacancies/Edit")).Set("Input.Title", "Lasser")
            .Set("Input.OccupationQuery", "lasser");

        var results = await HtmlPage.ParseAsync(await form.PostToAsync(browser, search));

        results.QuerySelector($"input[name='ChosenOccupation'][value='{People.WelderUri}']").ShouldNotBeNull();
        results.QuerySelector("#Input_Title")!.GetAttribute("value").ShouldBe("Lasser");
        var chosen = await HtmlPage.ParseAsync(await form.Set("ChosenOccupation", People.WelderUri)
            .PostToAsync(browser, choose));
        choose.ShouldContain("handler=ChooseOccupation");
        chosen.QuerySelector("#Input_OccupationUri")!.GetAttribute("value").ShouldBe(People.WelderUri);
        chosen.QuerySelector("#Input_Sector option[selected]")?.GetAttribute("value").ShouldBe("construction");
        var skills = chosen.QuerySelectorAll("select[name^='Input.Skills']");
        skills.Length.ShouldBeGreaterThan(3);
        skills.ShouldAllBe(s => s.QuerySelector("option[selected]")!.GetAttribute("value") == "Essential");
    }

    [Fact]
    public async Task EditPage_BadInput_ShowsFieldErrorsAndSavesNothing()
    {
        var browser = await People.EmployerBrowserAsync(app, "typos@lasbedrijf.example");

        var response = await (await HtmlForm.LoadAsync(browser, "/Employer/Vacancies/Edit"))
            .Set("Input.Title", "").Set("Input.Place", "Atlantis").Set("Input.SalaryFrom", "3400").Set("Input.SalaryTo", "2800")
            .Set("Input.HoursMin", "50").Set("Input.HoursMax", "40").Set("Input.ContractType", "Forever")
            .Set("Input.Certificates", "NOPE").Set("Input.OccupationUri", "http://data.europa.eu/esco/occupation/nope")
            .Set("Input.Languages[0].Language", "").Set("Input.Languages[0].Level", "")
            .Set("Input.Languages[1].Language", "nl").Set("Input.Languages[1].Level", "Z9")
            .PostAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        foreach (var field in new[] { "Input.Title", "Input.Place", "Input.SalaryTo", "Input.HoursMin", "Input.ContractType",
                     "Input.Certificates", "Input.OccupationQuery", "Input.Languages[1].Level" })
        {
            page.FieldError(field).ShouldNotBeNull(field);
        }

        page.FieldError("Input.Place").ShouldStartWith("We do not know this place");
        (await HtmlPage.ParseAsync(await browser.GetAsync("/Employer/Vacancies"))).QuerySelectorAll("[data-status]").ShouldBeEmpty();
    }

    [Fact]
    public async Task EditPage_LettersInNumberField_ShowsDutchFieldError()
    {
        var browser = await People.EmployerBrowserAsync(app, "letters@lasbedrijf.example");
        var form = (await HtmlForm.LoadAsync(browser, "/Employer/Vacancies/Edit")).Set("Input.Title", "Lasser")
            .Set("Input.SalaryFrom", "veel").Set("Input.ClosingDate", "31-02-2026");

        var page = await HtmlPage.ParseAsync(await form.PostToAsync(browser, "/Employer/Vacancies/Edit?culture=nl"));

        page.FieldError("Input.SalaryFrom").ShouldBe("Deze waarde is niet geldig.");
        page.FieldError("Input.ClosingDate").ShouldBe("Deze waarde is niet geldig.");
    }

    [Fact]
    public async Task DetailsPage_PublishIncompleteDraft_ShowsRuleInDutch()
    {
        var browser = await People.EmployerBrowserAsync(app, "incomplete@lasbedrijf.example");
        var saved = await (await HtmlForm.LoadAsync(browser, "/Employer/Vacancies/Edit")).Set("Input.Title", "Lasser").PostAsync(browser);
        var details = saved.RequestMessage!.RequestUri!.AbsolutePath;

        var response = await (await HtmlForm.LoadAsync(browser, details, "form[action*='handler=Publish']"))
            .PostToAsync(browser, details + "?handler=Publish&culture=nl");

        var page = await HtmlPage.ParseAsync(response);
        page.QuerySelector(".tm-error-summary")!.TextContent.ShouldContain("Vul voor publicatie");
        page.QuerySelector("[data-status]")!.GetAttribute("data-status").ShouldBe("Draft");
    }
}
