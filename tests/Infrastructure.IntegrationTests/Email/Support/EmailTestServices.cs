using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Storage;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Support;

/// <summary>The services <see cref="EmailServiceCollectionExtensions.AddEmail"/> registers, over real configuration.</summary>
public static class EmailTestServices
{
    public static ServiceProvider Build(string dataDirectory, IDictionary<string, string?> settings,
        Action<IServiceCollection>? configure = null, string? connectionString = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Email:FromAddress"] = TestEmails.FromAddress,
            ["Email:FromName"] = TestEmails.FromName,
            ["Email:Dispatcher:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton(new DataDirectory(dataDirectory));
        services.AddDbContext<SqliteApplicationDbContext>(o =>
            o.UseSqlite(connectionString ?? $"Data Source={Path.Combine(dataDirectory, "unused.db")};Pooling=False"));
        services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<SqliteApplicationDbContext>());
        services.AddEmail(configuration);
        configure?.Invoke(services); // after AddEmail: the last registration of a service wins
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
