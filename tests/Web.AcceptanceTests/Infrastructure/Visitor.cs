namespace TalentMatch.Web.AcceptanceTests.Infrastructure;

/// <summary>What a person does through the pages, step by step.</summary>
public static class Visitor
{
    public const string Password = "tulpen fiets gracht";

    public static async Task<HttpResponseMessage> RegisterCandidateAsync(HttpClient client, string email,
        string password = Password, string name = "Ana Lopez") =>
        await (await HtmlForm.LoadAsync(client, "/Account/Register"))
            .Set("Input.DisplayName", name).Set("Input.Email", email).Set("Input.Password", password)
            .PostAsync(client);

    public static async Task<HttpResponseMessage> RegisterEmployerAsync(HttpClient client, string email,
        string kvk = "12345678", string organisation = "Zorggroep Rijnland", string password = Password) =>
        await (await HtmlForm.LoadAsync(client, "/Account/RegisterEmployer"))
            .Set("Input.OrganisationName", organisation).Set("Input.KvkNumber", kvk)
            .Set("Input.Email", email).Set("Input.Password", password)
            .PostAsync(client);

    public static async Task ConfirmFromOutboxAsync(TalentMatchWebFactory app, HttpClient client, string email)
    {
        var link = await app.LinkToAsync(email, "/Account/ConfirmEmail");
        var page = await HtmlPage.ParseAsync(await client.GetAsync(link));
        page.QuerySelector("h1")!.TextContent.ShouldBe("E-mail address confirmed");
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password = Password) =>
        await (await HtmlForm.LoadAsync(client, "/Account/Login"))
            .Set("Input.Email", email).Set("Input.Password", password)
            .PostAsync(client);

    public static HttpClient NewBrowser(this TalentMatchWebFactory app) =>
        app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
}
