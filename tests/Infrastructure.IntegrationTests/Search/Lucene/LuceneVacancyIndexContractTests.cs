using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Lucene;

/// <summary>The vacancy index contract on the embedded Lucene engine, in a temporary folder.</summary>
public sealed class LuceneVacancyIndexContractTests : VacancyIndexContract
{
    private readonly TemporaryDirectory _root = new();

    protected override Task<IVacancyIndex> CreateIndexAsync() =>
        Task.FromResult<IVacancyIndex>(LuceneIndexes.Vacancies(_root.FullPath));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _root.Dispose();
    }
}
