using Scalar.AspNetCore;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Web.Endpoints;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web;

public static class WebApplicationExtensions
{
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var demoAccounts = await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>()
            .InitialiseAsync(app.Lifetime.ApplicationStopping);
        if (demoAccounts.Count > 0)
        {
            // Fictional demo accounts only: printed so a newcomer can log in (also in data/demo-accounts.txt).
            Console.WriteLine("Demo accounts (role, e-mail, password):");
            foreach (var account in demoAccounts)
            {
                Console.WriteLine($"  {account.Role,-13} {account.Email,-40} {account.Password}");
            }
        }
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        // First, so the exception handler's ProblemDetails (a broken rule's message) are in the caller's language too.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // API callers keep ProblemDetails; people get a friendly page in their language (Pages/Error.cshtml).
        app.UseWhen(ExceptionStatusCodes.IsApiRequest, api => api.UseStatusCodePages());
        app.UseWhen(context => !context.IsApiRequest(), pages => pages
            .UseExceptionHandler("/Error/500")
            .UseStatusCodePagesWithReExecute("/Error/{0}"));
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health");
        app.MapOpenApi();
        app.MapScalarApiReference("/api-reference");
        app.MapAuthEndpoints();
        app.MapMeEndpoints();
        app.MapCultureEndpoint();
        app.MapTaxonomyEndpoints();
        app.MapVacancyEndpoints();
        app.MapMatchEndpoints();
        app.MapOrganisationEndpoints();
        app.MapCertificateEndpoints();
        app.MapGapResourceEndpoints();
        app.MapAlertEndpoints();
        app.MapEmailWebhookEndpoints();
        app.MapApplicationEndpoints();
        app.MapMonitorEndpoints();
        app.MapOpenDataEndpoints();
        return app;
    }
}
