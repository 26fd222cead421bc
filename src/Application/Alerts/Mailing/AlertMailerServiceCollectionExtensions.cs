using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentMatch.Application.Matching.Shared;

namespace TalentMatch.Application.Alerts.Mailing;

public static class AlertMailerServiceCollectionExtensions
{
    /// <summary>
    /// The alert mailer and its parts. Needs the ports <c>IApplicationDbContext</c>, <c>IEmailOutbox</c>,
    /// <c>IAlertEmails</c>, <c>IUnsubscribeTokens</c>, <c>IAppLinks</c>, <c>IIdentityService</c>, <c>IEmailSuppressions</c>,
    /// <c>IPlaceDirectory</c> and <c>ITaxonomy</c>; the policy defaults to <see cref="AlertMailingPolicy.Default"/>.
    /// </summary>
    public static IServiceCollection AddAlertMailer(this IServiceCollection services)
    {
        services.TryAddSingleton(AlertMailingPolicy.Default);
        services.TryAddSingleton<CandidateCards>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AlertBatchPlanner>();
        services.AddScoped<AlertMailQueue>();
        services.AddScoped<AlertItemLoader>();
        services.AddScoped<AlertEmailComposer>();
        services.AddScoped<AlertMailCap>();
        services.AddScoped<AlertMailCommitter>();
        services.AddScoped<AlertPersonMailer>();
        services.AddScoped<AlertMailer>();
        return services;
    }
}
