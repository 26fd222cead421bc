using TalentMatch.Web.AcceptanceTests.Candidates;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

/// <summary>A signed-up person for alert tests: a cookie browser, a bearer API client, the address.</summary>
internal sealed record AlertPerson(HttpClient Browser, HttpClient Api, string Email, Guid VacancyId = default)
{
    public static async Task<AlertPerson> CandidateAsync(TalentMatchWebFactory app, string? language = null)
    {
        var email = $"ana-{Guid.NewGuid():N}@kandidaat.example";
        var browser = await app.CandidateBrowserAsync(email, language: language);
        var api = await app.ApiClientAsync(email);
        if (language is not null)
        {
            api.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return new AlertPerson(browser, api, email);
    }

    /// <summary>An employer owner with one published welder vacancy in Leiden.</summary>
    public static async Task<AlertPerson> EmployerAsync(TalentMatchWebFactory app, string title = "Lasser")
    {
        var email = $"hr-{Guid.NewGuid():N}@werkgever.example";
        var browser = await People.EmployerBrowserAsync(app, email, "Bouw Leiden");
        var api = await People.ApiAsync(app, email, Visitor.Password);
        return new AlertPerson(browser, api, email, await People.PublishedAsync(api, title));
    }
}
