using Microsoft.Extensions.DependencyInjection;

namespace TalentMatch.Infrastructure.Alerts.Matching;

public static class AlertMatchingServiceCollectionExtensions
{
    /// <summary>The trigger interceptor, its signal, the "Alerts:Matching" options and the background dispatcher.</summary>
    public static IServiceCollection AddAlertMatching(this IServiceCollection services)
    {
        services.AddOptions<AlertMatchingOptions>().BindConfiguration(AlertMatchingOptions.SectionName)
            .Validate(o => o.BatchSize is > 0 and <= 10_000 && o.PollInterval > TimeSpan.Zero,
                "Alerts:Matching needs a BatchSize of 1 to 10000 and a positive PollInterval.")
            .ValidateOnStart();
        services.AddSingleton<AlertMatchingSignal>();
        services.AddSingleton<AlertTriggerInterceptor>();
        services.AddHostedService<AlertMatchingDispatcher>();
        return services;
    }
}
