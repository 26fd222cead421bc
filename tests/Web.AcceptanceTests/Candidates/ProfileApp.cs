using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

/// <summary>One app for all profile tests (the taxonomy loads once); each test uses its own accounts.</summary>
[CollectionDefinition(Name)]
public sealed class ProfileAppCollection : ICollectionFixture<TalentMatchWebFactory>
{
    public const string Name = "Candidate profile app";
}

internal static class ProfileApp
{
    public const string Welder = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    /// <summary>A registered, confirmed and signed-in candidate's browser (cookie), optionally in Dutch.</summary>
    public static async Task<HttpClient> CandidateBrowserAsync(this TalentMatchWebFactory app, string email,
        string name = "Ana Lopez", string? language = null)
    {
        var client = app.NewBrowser();
        await Visitor.RegisterCandidateAsync(client, email, name: name);
        await Visitor.ConfirmFromOutboxAsync(app, client, email);
        (await Visitor.LoginAsync(client, email)).EnsureSuccessStatusCode();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public static async Task<HttpClient> EmployerBrowserAsync(this TalentMatchWebFactory app, string email, string kvk)
    {
        var client = app.NewBrowser();
        await Visitor.RegisterEmployerAsync(client, email, kvk: kvk);
        await Visitor.ConfirmFromOutboxAsync(app, client, email);
        (await Visitor.LoginAsync(client, email)).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>An API client with a bearer token for an account that already exists and is confirmed.</summary>
    public static async Task<HttpClient> ApiClientAsync(this TalentMatchWebFactory app, string email)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Visitor.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
