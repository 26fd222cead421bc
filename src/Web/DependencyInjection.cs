using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using TalentMatch.Application.Accounts.RegisterCandidate;
using TalentMatch.Application.Common.Behaviours;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Web.Infrastructure;
using TalentMatch.Web.Infrastructure.OpenApi;

namespace TalentMatch.Web;

public static class DependencyInjection
{
    public const string BearerOrCookieScheme = "Identity.BearerOrCookie";

    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(RegisterCandidateCommand)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IAppLinks, AppLinks>();
        services.AddScoped<VacancyChoices>();
        services.AddScoped<Monitoring.MonitorLabels>();
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.SectionName);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddProblemDetails();

        services.AddWebAuthentication();
        services.AddWebLocalization();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Candidate", Policies.Candidate);
            options.Conventions.AuthorizeFolder("/Employer", Policies.Employer);
            // The municipality's pages; its monitor (aggregates only) administrators may see too.
            options.Conventions.AddFolderApplicationModelConvention("/Municipality", model => model.Filters.Add(
                new Microsoft.AspNetCore.Mvc.Authorization.AuthorizeFilter(
                    model.ViewEnginePath == "/Municipality/Monitor" ? Policies.Monitoring : Policies.Municipality)));
            options.Conventions.AddPageRoute("/Municipality/Monitor", "Municipality");
            options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
        }).AddMvcOptions(options =>
        {
            // One source of validation messages: the use cases' validators, in the user's language.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.ModelMetadataDetailsProviders.Add(new EmptyStringMetadataProvider());
            // Values that do not bind (letters in a number field): a short message in the user's language.
            var binding = options.ModelBindingMessageProvider;
            binding.SetAttemptedValueIsInvalidAccessor((_, _) => ErrorTexts.ValueNotValid);
            binding.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => ErrorTexts.ValueNotValid);
            binding.SetValueIsInvalidAccessor(_ => ErrorTexts.ValueNotValid);
            binding.SetValueMustBeANumberAccessor(_ => ErrorTexts.ValueNotValid);
            binding.SetNonPropertyValueMustBeANumberAccessor(() => ErrorTexts.ValueNotValid);
        }).AddViewLocalization().AddDataAnnotationsLocalization();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer<TagOrderTransformer>());
        return services;
    }

    private static void AddWebAuthentication(this IServiceCollection services)
    {
        // Pages use the Identity cookie; API clients send a bearer token from /api/v1/auth/login.
        services.AddAuthentication(options => options.DefaultScheme = BearerOrCookieScheme)
            .AddPolicyScheme(BearerOrCookieScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "TalentMatch.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToLogin = ApiAware(StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = ApiAware(StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Candidate, p => p.RequireRole(Policies.Candidate))
            .AddPolicy(Policies.Employer, p => p.RequireRole(Policies.Employer))
            .AddPolicy(Policies.Municipality, p => p.RequireRole(Policies.Municipality))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Policies.Admin))
            .AddPolicy(Policies.Monitoring, p => p.RequireRole(Policies.Municipality, Policies.Admin));
    }

    /// <summary>API callers get a status code, people get the login or access-denied page.</summary>
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task> ApiAware(int status) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = status;
            }
            else
            {
                context.Response.Redirect(context.RedirectUri);
            }

            return Task.CompletedTask;
        };
}
