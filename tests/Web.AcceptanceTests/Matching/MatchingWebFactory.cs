using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Matching;

/// <summary>The app with <see cref="MatchingWorld"/> set up and indexed before the first test runs.</summary>
public sealed class MatchingWebFactory : TalentMatchWebFactory, IAsyncLifetime
{
    public MatchingWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await MatchingWorld.CreateAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>One app for the matching tests: taxonomy, accounts and indexes are set up once; tests only read.</summary>
[CollectionDefinition(Name)]
public sealed class MatchingAppCollection : ICollectionFixture<MatchingWebFactory>
{
    public const string Name = "Matching app";
}
