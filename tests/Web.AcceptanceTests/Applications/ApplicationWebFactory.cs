using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Applications;

/// <summary>The app with a municipality and an admin account, and <see cref="ApplicationWorld"/> set up once.</summary>
public sealed class ApplicationWebFactory() : TalentMatchWebFactory(new Dictionary<string, string?>
{
    ["Bootstrap:MunicipalityEmail"] = MunicipalityEmail,
    ["Bootstrap:MunicipalityPassword"] = Password,
    ["Bootstrap:AdminEmail"] = AdminEmail,
    ["Bootstrap:AdminPassword"] = Password,
}), IAsyncLifetime
{
    public const string MunicipalityEmail = "monitor@gemeente.example";
    public const string AdminEmail = "beheer@gemeente.example";
    public const string Password = "municipality-long-passphrase-9314";

    public ApplicationWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await ApplicationWorld.CreateAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>One app for the application tests: accounts are set up once; each test uses vacancies of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ApplicationAppCollection : ICollectionFixture<ApplicationWebFactory>
{
    public const string Name = "Applications app";
}
