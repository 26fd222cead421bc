using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Placements.Shared;

namespace TalentMatch.Application.Applications.Shared;

public static class ApplicationServices
{
    /// <summary>The services the application and placement use cases share.</summary>
    public static IServiceCollection AddApplicationsAndPlacements(this IServiceCollection services)
    {
        services.AddScoped<ApplicationEmails>();
        services.AddScoped<ApplicationMapper>();
        services.AddScoped<PlacementMapper>();
        services.AddSingleton<PairMatch>();
        services.AddSingleton<JobSnapshots>();
        return services;
    }
}
