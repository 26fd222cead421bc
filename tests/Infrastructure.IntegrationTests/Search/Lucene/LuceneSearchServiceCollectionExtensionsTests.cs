using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using TalentMatch.Infrastructure.Search.Lucene;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Lucene;

public sealed class LuceneSearchServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    [Fact]
    public async Task AddLuceneSearch_RegistersBothIndexesAsSingletonsUnderTheRoot()
    {
        var services = new ServiceCollection().AddLogging().AddLuceneSearch(_root.PathOf("index"));
        await using (var provider = services.BuildServiceProvider())
        {
            var vacancies = provider.GetRequiredService<IVacancyIndex>();
            vacancies.ShouldBeSameAs(provider.GetRequiredService<IVacancyIndex>());
            vacancies.ShouldBeOfType<LuceneVacancyIndex>();
            provider.GetRequiredService<ICandidateIndex>().ShouldBeOfType<LuceneCandidateIndex>();
            await vacancies.UpsertAsync([Vacancy()], default);
            await provider.GetRequiredService<ICandidateIndex>().UpsertAsync([Candidate()], default);
        }

        Directory.Exists(_root.PathOf("index", "vacancies")).ShouldBeTrue();
        Directory.Exists(_root.PathOf("index", "candidates")).ShouldBeTrue();
        await using var reopened = LuceneIndexes.Vacancies(_root.PathOf("index"));
        (await reopened.GetStateAsync(default)).DocumentCount.ShouldBe(1);
    }

    public void Dispose() => _root.Dispose();
}
