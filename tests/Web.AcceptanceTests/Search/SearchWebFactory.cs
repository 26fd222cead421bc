using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>
/// The app with an Admin account and a small, fixed set of vacancies (<see cref="SeededVacancies"/>), indexed before
/// the first test runs. Tests only read them, so every count and order is exact.
/// </summary>
public sealed class SearchWebFactory() : TalentMatchWebFactory(new Dictionary<string, string?>
{
    ["Bootstrap:AdminEmail"] = AdminEmail,
    ["Bootstrap:AdminPassword"] = AdminPassword,
}), IAsyncLifetime
{
    public const string AdminEmail = "beheer@zoeken.example";
    public const string AdminPassword = "zoekindexen opnieuw opbouwen";

    public SeededVacancies Vacancies { get; private set; } = null!;

    public async Task InitializeAsync() => Vacancies = await SeededVacancies.SeedAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>One app for the search tests: the taxonomy loads and the vacancies are indexed once.</summary>
[CollectionDefinition(Name)]
public sealed class SearchAppCollection : ICollectionFixture<SearchWebFactory>
{
    public const string Name = "Search app";
}
