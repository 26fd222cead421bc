using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Vacancies;

/// <summary>Accounts for the vacancy tests: a signed-in browser, or an API client with a bearer token.</summary>
internal static class People
{
    public const string WelderUri = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    private static int _kvk = 40_000_000;

    /// <summary>Registers an organisation through the pages, confirms the owner's address and logs in.</summary>
    public static async Task<HttpClient> EmployerBrowserAsync(TalentMatchWebFactory app, string email,
        string organisation = "Bouwbedrijf Rijnland")
    {
        var browser = app.NewBrowser();
        var kvk = Interlocked.Increment(ref _kvk).ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await Visitor.RegisterEmployerAsync(browser, email, kvk, organisation)).EnsureSuccessStatusCode();
        await Visitor.ConfirmFromOutboxAsync(app, browser, email);
        (await Visitor.LoginAsync(browser, email)).EnsureSuccessStatusCode();
        return browser;
    }

    public static async Task<HttpClient> EmployerApiAsync(TalentMatchWebFactory app, string email,
        string organisation = "Zorggroep Leiden")
    {
        await EmployerBrowserAsync(app, email, organisation);
        return await ApiAsync(app, email, Visitor.Password);
    }

    public static async Task<HttpClient> ApiAsync(TalentMatchWebFactory app, string email, string password)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, $"login of {email}");
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A welder vacancy in Leiden as the API takes it, complete enough to publish.</summary>
    public static Dictionary<string, object?> Welder(string title = "Lasser") => new()
    {
        ["title"] = title,
        ["description"] = "<p>Wij zoeken een <strong>lasser</strong>.</p><script>alert(1)</script>",
        ["sector"] = "construction",
        ["occupationUri"] = WelderUri,
        ["languages"] = new[] { new { language = "nl", level = "B1" } },
        ["certificates"] = new[] { "VCA-BASIS" },
        ["hoursMin"] = 32,
        ["hoursMax"] = 40,
        ["contractType"] = "Permanent",
        ["salaryFrom"] = 2800,
        ["salaryTo"] = 3400,
        ["place"] = "Leiden",
        ["workMode"] = "OnSite",
        ["closingDate"] = DateTime.UtcNow.Date.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static async Task<Guid> CreateAsync(HttpClient api, Dictionary<string, object?> vacancy)
    {
        var response = await api.PostAsJsonAsync("/api/v1/vacancies", vacancy);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> PublishedAsync(HttpClient api, string title = "Lasser")
    {
        var id = await CreateAsync(api, Welder(title));
        var publish = await api.PostAsync($"/api/v1/vacancies/{id}/publish", null);
        publish.StatusCode.ShouldBe(HttpStatusCode.NoContent, await publish.Content.ReadAsStringAsync());
        return id;
    }
}
