using Microsoft.Extensions.DependencyInjection;

namespace TalentMatch.Application.Alerts.Matching;

public static class AlertMatcherServiceCollectionExtensions
{
    /// <summary>
    /// The alert matcher and its parts. Needs <c>ISavedSearchPercolator</c> (the search engine's), the
    /// database context, the taxonomy and the place directory.
    /// </summary>
    public static IServiceCollection AddAlertMatcher(this IServiceCollection services)
    {
        services.AddSingleton<SavedSearchRequests>();
        services.AddSingleton<AlertWatchlist>();
        services.AddSingleton<AlertSummaries>();
        services.AddScoped<AlertMatcher>();
        return services;
    }
}
