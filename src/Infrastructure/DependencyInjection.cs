using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Places;
using TalentMatch.Infrastructure.Alerts.Mailing;
using TalentMatch.Infrastructure.Alerts.Matching;
using TalentMatch.Infrastructure.Applications;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Infrastructure.Cv;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.Identity;
using TalentMatch.Infrastructure.Identity.Seeding;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Infrastructure.RichText;
using TalentMatch.Infrastructure.Search.Indexing;
using TalentMatch.Infrastructure.Storage;
using TalentMatch.Infrastructure.Taxonomy;

namespace TalentMatch.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "TalentMatch";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration,
        string contentRootPath)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var dataDirectory = new DataDirectory(Path.Combine(contentRootPath, storage.DataDirectory));
        services.AddSingleton(dataDirectory);

        services.AddPersistence(configuration, dataDirectory);
        services.AddIdentityStores(configuration);
        services.AddEmail(configuration);
        services.AddAlertMailing();
        services.AddAlertMatching();
        services.AddTaxonomy();
        services.AddSearch(configuration, dataDirectory);
        services.AddSingleton<IPlaceDirectory, ShippedPlaceDirectory>();
        services.AddSingleton<IRichTextSanitizer, RichTextSanitizer>();
        services.AddCvStorage();
        services.AddApplicationRetention();
        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("database");
        services.AddDataProtection().SetApplicationName("TalentMatch").PersistKeysToDbContext<ApplicationDbContext>();
        return services;
    }

    private static void AddPersistence(this IServiceCollection services, IConfiguration configuration,
        DataDirectory dataDirectory)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        var provider = configuration.GetValue($"{DatabaseOptions.SectionName}:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"Database:Provider is SqlServer but ConnectionStrings:{ConnectionStringName} is empty.");
            }

            services.AddDbContext<SqlServerApplicationDbContext>((sp, o) => o.UseSqlServer(connectionString)
                .AddInterceptors(sp.GetRequiredService<SearchIndexChangeInterceptor>(), sp.GetRequiredService<AlertTriggerInterceptor>()));
            services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<SqlServerApplicationDbContext>());
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={dataDirectory.PathOf("talentmatch.db")}"
                : connectionString;
            services.AddDbContext<SqliteApplicationDbContext>((sp, o) => o.UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<SearchIndexChangeInterceptor>(), sp.GetRequiredService<AlertTriggerInterceptor>()));
            services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<SqliteApplicationDbContext>());
        }

        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<ReferenceDataSeeder>();
    }

    private static void AddIdentityStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<ApplicationUser>(IdentityPolicy.Apply)
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddApiEndpoints();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = IdentityPolicy.Pbkdf2Iterations);
        services.AddSingleton<IEmailSender<ApplicationUser>, OutboxIdentityEmailSender>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddSingleton<IPasswordPolicy, ShippedPasswordPolicy>();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.AddScoped<AccountSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddSingleton<DemoOccupations>();
        services.AddScoped<DemoDataWriter>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoStory>();
    }
}
