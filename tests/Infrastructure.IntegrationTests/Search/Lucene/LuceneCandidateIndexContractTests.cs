using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Lucene;

/// <summary>The candidate index contract on the embedded Lucene engine, in a temporary folder.</summary>
public sealed class LuceneCandidateIndexContractTests : CandidateIndexContract
{
    private readonly TemporaryDirectory _root = new();

    protected override Task<ICandidateIndex> CreateIndexAsync() =>
        Task.FromResult<ICandidateIndex>(LuceneIndexes.Candidates(_root.FullPath));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _root.Dispose();
    }
}
