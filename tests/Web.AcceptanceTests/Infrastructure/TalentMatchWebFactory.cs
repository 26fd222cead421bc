using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Web.AcceptanceTests.Infrastructure;

/// <summary>The real app over HTTP, on its own temporary SQLite file and data folder.</summary>
public class TalentMatchWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly bool _ownsDataDirectory;

    public TalentMatchWebFactory() : this([])
    {
    }

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="dataDirectory">An existing data folder to start on (a restart); the caller deletes it.</param>
    internal TalentMatchWebFactory(Dictionary<string, string?> settings, string? dataDirectory = null)
    {
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "talentmatch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Database:Provider"] = "Sqlite",
            ["Email:Provider"] = "File",
            ["Demo:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>Runs <paramref name="action"/> against the app's database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<ApplicationDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Host settings, not ConfigureAppConfiguration: Program reads some settings while registering services,
        // before WebApplicationFactory's app-configuration callbacks would apply.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        if (disposing && _ownsDataDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing handle: the OS temp cleaner will take it.
            }
        }
    }
}
