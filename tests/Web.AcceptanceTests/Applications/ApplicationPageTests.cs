using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Applications;

/// <summary>The pages as people use them: forms post and redirect, bad input shows next to its field and is kept.</summary>
[Collection(ApplicationAppCollection.Name)]
public sealed class ApplicationPageTests(ApplicationWebFactory app)
{
    private ApplicationWorld W => app.World;

    [Fact]
    public async Task ApplyForm_TooLongMotivation_ShowsFieldError_ThenAppliesAndShowsHumaneStage()
    {
        var vacancy = await W.NewVacancyAsync("Lasser formulier");
        var publicPage = await HtmlPage.ParseAsync(await W.AnaBrowser.GetAsync($"/Vacancies/Details/{vacancy}"));
        publicPage.QuerySelector($"a[href='/Candidate/Applications/Apply/{vacancy}']")!.TextContent.ShouldBe("Apply");

        var tooLong = new string('a', 5001);
        var form = await HtmlForm.LoadAsync(W.AnaBrowser, $"/Candidate/Applications/Apply/{vacancy}", "#apply-form");
        var refused = await form.Set("Input.Motivation", tooLong).PostAsync(W.AnaBrowser);
        var page = await HtmlPage.ParseAsync(refused);
        page.FieldError("Input.Motivation").ShouldBe("Use at most 5000 characters.");
        page.QuerySelector("#Input_Motivation")!.TextContent.ShouldBe(tooLong);

        var sent = await form.Set("Input.Motivation", "Ik las graag.").PostAsync(W.AnaBrowser);
        sent.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Candidate/Applications/Details/");
        var details = await HtmlPage.ParseAsync(sent);
        details.QuerySelector("[data-stage]")!.TextContent.Trim().ShouldBe("Your application has been sent");
        details.QuerySelector("[role=status]")!.TextContent.ShouldContain("The employer now sees your name");
        var again = await HtmlPage.ParseAsync(await form.PostToAsync(W.AnaBrowser, $"/Candidate/Applications/Apply/{vacancy}?culture=nl"));
        again.QuerySelector("[data-error-summary]")!.TextContent.ShouldContain("Er loopt al een sollicitatie of uitnodiging voor deze kandidaat en vacature.");
        var list = await HtmlPage.ParseAsync(await W.AnaBrowser.GetAsync("/Candidate/Applications"));
        list.QuerySelectorAll("[data-application]").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ShouldContain("Lasser formulier");
    }

    [Fact]
    public async Task EmployerDetails_StageNoteAndMessage_CandidatePageShowsTheMessageNeverTheNote()
    {
        var vacancy = await W.NewVacancyAsync("Lasser pagina");
        var id = await W.AnaAppliesAsync(vacancy);
        var path = $"/Employer/Applications/Details/{id}";

        var moved = await (await HtmlForm.LoadAsync(W.OwnerBrowser, path, "#stage-form")).Set("Input.Stage", "Screening").PostAsync(W.OwnerBrowser);
        (await HtmlPage.ParseAsync(moved)).QuerySelector("[data-stage]")!.TextContent.ShouldBe("Screening");
        var empty = await (await HtmlForm.LoadAsync(W.OwnerBrowser, path, "#note-form")).Set("Input.Note", " ").PostAsync(W.OwnerBrowser);
        (await HtmlPage.ParseAsync(empty)).FieldError("Input.Note").ShouldBe("Fill this in.");
        await (await HtmlForm.LoadAsync(W.OwnerBrowser, path, "#note-form")).Set("Input.Note", "PAGE-NOTE: call back").PostAsync(W.OwnerBrowser);
        await (await HtmlForm.LoadAsync(W.OwnerBrowser, path, "#message-form")).Set("Input.Message", "Wanneer kun je beginnen?").PostAsync(W.OwnerBrowser);

        var employerView = await W.OwnerBrowser.GetStringAsync(path);
        employerView.ShouldContain("PAGE-NOTE: call back");
        employerView.ShouldContain(ApplicationWorld.AnaEmail);
        var candidateView = await W.AnaBrowser.GetStringAsync($"/Candidate/Applications/Details/{id}");
        candidateView.ShouldNotContain("PAGE-NOTE");
        candidateView.ShouldContain("Wanneer kun je beginnen?");
        candidateView.ShouldContain("Your application is being read");
        (await app.MessagesToAsync(ApplicationWorld.AnaEmail)).ShouldAllBe(m => !m.Text.Contains("PAGE-NOTE"));
    }

    [Fact]
    public async Task MatchesPage_Invite_ThenTheCandidateAcceptsOnTheirPage_ContactAppears()
    {
        var vacancy = await W.NewVacancyAsync("Lasser gezocht via matches");
        await Search.Eventually.GetJsonAsync(W.Owner, $"/api/v1/vacancies/{vacancy}/matches?limit=50",
            r => r.GetProperty("items").EnumerateArray().Any(m => m.GetProperty("candidate").GetProperty("id").GetGuid() == W.BoId),
            "Bo among the vacancy's matches");

        var invited = await (await HtmlForm.LoadAsync(W.OwnerBrowser, $"/Employer/Vacancies/Matches/{vacancy}", $"[data-invite='{W.BoId}']"))
            .PostAsync(W.OwnerBrowser);
        var matches = await HtmlPage.ParseAsync(invited);
        matches.QuerySelector("[data-error-summary]")?.TextContent.ShouldBeNull();
        matches.QuerySelector("[role=status]")!.TextContent.ShouldContain("The candidate has been invited");
        matches.QuerySelector($"[data-invite='{W.BoId}']").ShouldBeNull();
        var list = await W.Bo.GetFromJsonAsync<JsonElement>("/api/v1/me/applications");
        var id = list.GetProperty("items").EnumerateArray().First(a => a.GetProperty("vacancyId").GetGuid() == vacancy).GetProperty("id").GetGuid();
        (await W.OwnerBrowser.GetStringAsync($"/Employer/Applications/Details/{id}")).ShouldNotContain(ApplicationWorld.BoEmail);

        var bo = app.NewBrowser();
        (await Visitor.LoginAsync(bo, ApplicationWorld.BoEmail)).EnsureSuccessStatusCode();
        var accepted = await (await HtmlForm.LoadAsync(bo, $"/Candidate/Applications/Details/{id}", "#accept-form")).PostAsync(bo);
        (await HtmlPage.ParseAsync(accepted)).QuerySelector("[data-stage]")!.TextContent.Trim().ShouldBe("Your application has been sent");
        (await W.OwnerBrowser.GetStringAsync($"/Employer/Applications/Details/{id}")).ShouldContain(ApplicationWorld.BoEmail);
    }

    [Fact]
    public async Task HireForm_BadInput_FieldErrors_ThenHires_AndTheVacancyPageListsThePlacement()
    {
        var vacancy = await W.NewVacancyAsync("Lasser aannemen");
        var id = await W.AnaAppliesAsync(vacancy);
        (await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/stage", new { stage = "Offer" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var form = await HtmlForm.LoadAsync(W.OwnerBrowser, $"/Employer/Applications/Hire/{id}", "#hire-form");

        var refused = await HtmlPage.ParseAsync(await form.Set("Input.HoursPerWeek", "abc").Set("Input.ContractType", "").PostAsync(W.OwnerBrowser));
        refused.FieldError("Input.HoursPerWeek").ShouldNotBeNull();
        refused.FieldError("Input.StartDate").ShouldBe("Fill this in.");

        var hired = await form.Set("Input.StartDate", DateTime.UtcNow.Date.AddDays(14).ToString("yyyy-MM-dd"))
            .Set("Input.HoursPerWeek", "36").Set("Input.ContractType", "Permanent").Set("Input.HousingArranged", "true")
            .PostAsync(W.OwnerBrowser);
        (await HtmlPage.ParseAsync(hired)).QuerySelector("[data-stage]")!.TextContent.ShouldBe("Hired");
        var placements = await HtmlPage.ParseAsync(await W.OwnerBrowser.GetAsync($"/Employer/Vacancies/Applications/{vacancy}"));
        placements.QuerySelector("[data-placement]")!.GetAttribute("data-status").ShouldBe("Confirmed");
    }

    [Fact]
    public async Task DutchCandidate_SeesDutchStageWords()
    {
        var vacancy = await W.NewVacancyAsync("Lasser Nederlands");
        var id = await W.AnaAppliesAsync(vacancy);
        (await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/stage", new { stage = "Interview" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var request = new HttpRequestMessage(HttpMethod.Get, $"/Candidate/Applications/Details/{id}");
        request.Headers.AcceptLanguage.ParseAdd("nl-NL");
        var page = await HtmlPage.ParseAsync(await W.AnaBrowser.SendAsync(request));

        page.QuerySelector("[data-stage]")!.TextContent.Trim().ShouldBe("Je bent uitgenodigd voor een gesprek");
        page.QuerySelector("#steps-title")!.TextContent.ShouldBe("Stappen");
    }
}
