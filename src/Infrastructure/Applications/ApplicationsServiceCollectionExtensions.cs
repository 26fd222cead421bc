using Microsoft.Extensions.DependencyInjection;

namespace TalentMatch.Infrastructure.Applications;

public static class ApplicationsServiceCollectionExtensions
{
    /// <summary>The retention job that deletes unsuccessful applications' personal data when it is due.</summary>
    public static IServiceCollection AddApplicationRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName)
            .Validate(o => o.Interval > TimeSpan.Zero, "Applications:Retention:Interval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<RetentionStatus>();
        services.AddHostedService<ApplicationRetentionJob>();
        return services;
    }
}
