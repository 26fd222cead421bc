using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>
/// The app for the web-shell tests: a Municipality account to sign in with and a path that throws (to see the
/// 500 page).
/// </summary>
public sealed class ShellWebFactory() : TalentMatchWebFactory(new Dictionary<string, string?>
{
    ["Bootstrap:MunicipalityEmail"] = MunicipalityEmail,
    ["Bootstrap:MunicipalityPassword"] = MunicipalityPassword,
})
{
    public const string MunicipalityEmail = "monitor@shell-tests.example";
    public const string MunicipalityPassword = "shell-tests-long-passphrase-4821";
    public const string ThrowingPath = "/shell-tests/throw";
    public const string ExceptionMessage = "Secret detail 7f3a that must not reach a person";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddTransient<IStartupFilter, ThrowingPathFilter>();
        });
    }

    /// <summary>Runs after the app's own pipeline (so only where no endpoint matched) and throws on one path.</summary>
    private sealed class ThrowingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path.Value?.EndsWith(ThrowingPath, StringComparison.Ordinal) == true
                    ? throw new InvalidOperationException(ExceptionMessage)
                    : nextMiddleware(context));
        };
    }
}
