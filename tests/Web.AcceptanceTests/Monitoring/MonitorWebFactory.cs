using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Monitoring;

/// <summary>
/// The app with a municipality account and a small generated demo world (employers, open vacancies, candidates and
/// a past year of applications and placements), seeded once for the monitor tests.
/// </summary>
public sealed class MonitorWebFactory() : TalentMatchWebFactory(new Dictionary<string, string?>
{
    ["Bootstrap:MunicipalityEmail"] = MunicipalityEmail,
    ["Bootstrap:MunicipalityPassword"] = Password,
    ["Bootstrap:AdminEmail"] = AdminEmail,
    ["Bootstrap:AdminPassword"] = Password,
}), IAsyncLifetime
{
    public const string MunicipalityEmail = "monitor@leiden.example";
    public const string AdminEmail = "beheer@leiden.example";
    public const string Password = "municipality-long-passphrase-5521";

    public static DemoSize Size { get; } = new(8, 30, 60, 60);

    /// <summary>Every candidate's name, e-mail, candidate id and account id: none may appear in any answer.</summary>
    public IReadOnlyList<string> PersonalData { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(Size, 4711, null, default);
        }

        PersonalData = await WithDbAsync(async db =>
        {
            var candidates = await db.Candidates.AsNoTracking().Select(c => new { c.Id, c.UserId, c.DisplayName }).ToListAsync();
            var users = await db.Users.AsNoTracking().Where(u => u.Email!.StartsWith("applicant-") || u.Email!.StartsWith("candidate-"))
                .Select(u => new { u.Id, u.Email }).ToListAsync();
            return (IReadOnlyList<string>)
            [
                .. candidates.SelectMany(c => new[] { c.Id.Value.ToString(), c.UserId.Value.ToString(), c.DisplayName }),
                .. users.SelectMany(u => new[] { u.Id.ToString(), u.Email! }),
            ];
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class MonitorAppCollection : ICollectionFixture<MonitorWebFactory>
{
    public const string Name = "Monitor app";
}
