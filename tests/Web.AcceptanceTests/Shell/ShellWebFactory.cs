using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Identity;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>
/// The app for the web-shell tests: a Municipality account to sign in with, a path that throws (to see the 500
/// page), and stand-ins for the mail services (the shell tests send no mail):
/// <list type="bullet">
/// <item>IEmailTemplates and IEmailGateway are not registered yet (work in progress); TryAdd leaves real ones in place.</item>
/// <item>IEmailSender&lt;ApplicationUser&gt;: MapIdentityApi resolves it from the root provider when the endpoints are
/// mapped, but OutboxIdentityEmailSender needs the scoped IEmailOutbox, so Development's scope validation stops
/// the app. Replaced here until that registration is fixed.</item>
/// </list>
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
            services.TryAddSingleton<IEmailTemplates, NoEmail>();
            services.TryAddSingleton<IEmailGateway, NoEmail>();
            services.RemoveAll<IEmailSender<ApplicationUser>>();
            services.AddSingleton<IEmailSender<ApplicationUser>, NoEmail>();
            services.AddTransient<IStartupFilter, ThrowingPathFilter>();
        });
    }

    private sealed class NoEmail : IEmailTemplates, IEmailGateway, IEmailSender<ApplicationUser>
    {
        private static readonly NotSupportedException NoMail = new("The web-shell tests send no mail.");

        public EmailContent Render(EmailTemplate template, string culture, IReadOnlyDictionary<string, string> values) =>
            throw NoMail;

        public Task SendAsync(EmailToSend message, CancellationToken cancellationToken) => throw NoMail;

        public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) => throw NoMail;

        public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) => throw NoMail;

        public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => throw NoMail;
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
