using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Candidates;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Applications;

/// <summary>
/// Organisation X (owner, and a recruiter who joined by invitation), organisation Y, two visible welder candidates
/// (Ana, Bo), the municipality and an admin; API clients for each, and signed-in browsers where pages are tested.
/// </summary>
public sealed record ApplicationWorld(
    HttpClient Owner, HttpClient OwnerBrowser, HttpClient Recruiter, HttpClient OtherEmployer, HttpClient Ana,
    HttpClient AnaBrowser, HttpClient Bo, Guid AnaId, Guid BoId, HttpClient Municipality, HttpClient MunicipalityBrowser,
    HttpClient Admin)
{
    public const string OwnerEmail = "owner@lasbedrijf-x.example";
    public const string RecruiterEmail = "recruiter@lasbedrijf-x.example";
    public const string AnaEmail = "ana@kandidaat-apps.example";
    public const string BoEmail = "bo@kandidaat-apps.example";
    public const string RecruiterPassword = "lasser zoekt werk 42";

    public static async Task<ApplicationWorld> CreateAsync(ApplicationWebFactory app)
    {
        var ownerBrowser = await People.EmployerBrowserAsync(app, OwnerEmail, "Lasbedrijf X");
        var invited = await (await HtmlForm.LoadAsync(ownerBrowser, "/Employer/Members", "#invite"))
            .Set("Input.Email", RecruiterEmail).PostAsync(ownerBrowser);
        invited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var colleague = app.NewBrowser();
        var link = await app.LinkToAsync(RecruiterEmail, "/Account/AcceptInvitation");
        (await (await HtmlForm.LoadAsync(colleague, link)).Set("Input.Password", RecruiterPassword).PostAsync(colleague))
            .EnsureSuccessStatusCode();
        var other = await People.EmployerApiAsync(app, "hr@zorg-y-apps.example", "Zorg Y");
        var (ana, anaBrowser, anaId) = await CandidateAsync(app, AnaEmail, "Ana Lopez");
        var (bo, _, boId) = await CandidateAsync(app, BoEmail, "Bo Jansen");
        var municipalityBrowser = app.NewBrowser();
        (await Visitor.LoginAsync(municipalityBrowser, ApplicationWebFactory.MunicipalityEmail, ApplicationWebFactory.Password))
            .EnsureSuccessStatusCode();
        return new ApplicationWorld(await People.ApiAsync(app, OwnerEmail, Visitor.Password), ownerBrowser,
            await People.ApiAsync(app, RecruiterEmail, RecruiterPassword), other, ana, anaBrowser, bo, anaId, boId,
            await People.ApiAsync(app, ApplicationWebFactory.MunicipalityEmail, ApplicationWebFactory.Password),
            municipalityBrowser, await People.ApiAsync(app, ApplicationWebFactory.AdminEmail, ApplicationWebFactory.Password));
    }

    /// <summary>A new published welder vacancy of organisation X, so tests do not share applications.</summary>
    public Task<Guid> NewVacancyAsync(string title = "Lasser") => People.PublishedAsync(Owner, title);

    /// <summary>Ana applies to the vacancy; returns the application id.</summary>
    public async Task<Guid> AnaAppliesAsync(Guid vacancy, string motivation = "Ik las al tien jaar.")
    {
        var response = await Ana.PostAsJsonAsync($"/api/v1/vacancies/{vacancy}/applications", new { motivation });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<(HttpClient Api, HttpClient Browser, Guid Id)> CandidateAsync(ApplicationWebFactory app,
        string email, string name)
    {
        var browser = app.NewBrowser();
        (await Visitor.RegisterCandidateAsync(browser, email, name: name)).EnsureSuccessStatusCode();
        await Visitor.ConfirmFromOutboxAsync(app, browser, email);
        (await Visitor.LoginAsync(browser, email)).EnsureSuccessStatusCode();
        var api = await app.ApiClientAsync(email);
        var profile = await api.PutAsJsonAsync("/api/v1/me/profile", new
        {
            desiredOccupations = new[] { People.WelderUri }, workAuthorisation = "EuEeaOrSwissCitizen",
            homePlace = "Leiden", maxCommuteKm = 30, visibleToEmployers = true, consentToStatistics = true,
        });
        profile.StatusCode.ShouldBe(HttpStatusCode.NoContent, await profile.Content.ReadAsStringAsync());
        var id = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile")).GetProperty("candidateId").GetGuid();
        return (api, browser, id);
    }
}
