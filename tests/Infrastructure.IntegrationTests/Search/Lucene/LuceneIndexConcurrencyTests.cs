using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Lucene;

/// <summary>One adapter shared by concurrent writers, searchers and a rebuild, as the singleton is in the app.</summary>
public sealed class LuceneIndexConcurrencyTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    [Fact]
    public async Task ConcurrentUpsertsSearchesAndRebuild_AllSucceedAndNoWriteIsLost()
    {
        await using var index = LuceneIndexes.Vacancies(_root.FullPath);
        var rebuilt = Vacancy("Kok");
        await using (var rebuild = await index.BeginRebuildAsync(default))
        {
            await rebuild.AddAsync([rebuilt], default);
            await rebuild.CompleteAsync(default);
        }

        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                await index.UpsertAsync([Vacancy("Lasser")], default);
            }
        }));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                (await index.SearchAsync(Find("lasser"), default)).Total.ShouldBeLessThanOrEqualTo(60);
            }
        }));
        await Task.WhenAll([.. writers, .. readers]);

        (await index.GetStateAsync(default)).DocumentCount.ShouldBe(61);
        (await index.SearchAsync(Find("lasser"), default)).Total.ShouldBe(60);
    }

    public void Dispose() => _root.Dispose();
}
