using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Lucene;

/// <summary>The Lucene index on disk: missing, damaged, abandoned generations, reopening.</summary>
public sealed class LuceneIndexFilesTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    private string VacancyFolder => _root.PathOf("vacancies");

    [Fact]
    public async Task GetState_NothingWrittenYet_IsMissing()
    {
        using var index = LuceneIndexes.Vacancies(_root.FullPath);

        (await index.GetStateAsync(default)).ShouldBe(IndexState.Missing);
        (await index.SearchAsync(Find(), default)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Reopen_AfterDispose_KeepsTheDocuments()
    {
        var vacancy = Vacancy("Lasser") with { Version = 12 };
        await using (var first = LuceneIndexes.Vacancies(_root.FullPath))
        {
            await first.UpsertAsync([vacancy], default);
        }

        await using var second = LuceneIndexes.Vacancies(_root.FullPath);

        (await second.GetStateAsync(default)).ShouldBe(new IndexState(IndexCondition.Readable, 1, 12));
        (await second.SearchAsync(Find("lassers"), default)).Hits.ShouldHaveSingleItem().Id.ShouldBe(vacancy.Id);
    }

    [Fact]
    public async Task Open_AbandonedGenerationAndTemporaryPointer_AreDeletedAndTheLiveOneKept()
    {
        var vacancy = Vacancy("Lasser");
        await WriteAndCloseAsync(vacancy);
        var live = LiveGenerationFolder();
        var abandoned = Path.Combine(VacancyFolder, "gen-99");
        Directory.CreateDirectory(abandoned);
        await File.WriteAllTextAsync(Path.Combine(abandoned, "_0.cfs"), "half written");
        await File.WriteAllTextAsync(Path.Combine(VacancyFolder, "current.0123.tmp"), "gen-99");

        await using var index = LuceneIndexes.Vacancies(_root.FullPath);
        (await index.GetStateAsync(default)).DocumentCount.ShouldBe(1);

        Directory.Exists(abandoned).ShouldBeFalse();
        Directory.GetFiles(VacancyFolder, "*.tmp").ShouldBeEmpty();
        Directory.GetDirectories(VacancyFolder).ShouldBe([live]);
    }

    [Fact]
    public async Task Rebuild_Completed_PointsAtTheNewGenerationAndDeletesTheOld()
    {
        await WriteAndCloseAsync(Vacancy());
        var old = LiveGenerationFolder();
        await using var index = LuceneIndexes.Vacancies(_root.FullPath);

        await using (var rebuild = await index.BeginRebuildAsync(default))
        {
            await rebuild.AddAsync([Vacancy()], default);
            await rebuild.CompleteAsync(default);
        }

        var current = LiveGenerationFolder();
        current.ShouldNotBe(old);
        Directory.GetDirectories(VacancyFolder).ShouldBe([current]);
    }

    [Fact]
    public async Task Rebuild_Disposed_DeletesItsGenerationFolder()
    {
        await WriteAndCloseAsync(Vacancy());
        var live = LiveGenerationFolder();
        await using var index = LuceneIndexes.Vacancies(_root.FullPath);

        await using (var rebuild = await index.BeginRebuildAsync(default))
        {
            await rebuild.AddAsync([Vacancy()], default);
            Directory.GetDirectories(VacancyFolder).Length.ShouldBe(2);
        }

        Directory.GetDirectories(VacancyFolder).ShouldBe([live]);
        LiveGenerationFolder().ShouldBe(live);
    }

    public void Dispose() => _root.Dispose();

    private async Task WriteAndCloseAsync(params VacancyDocument[] vacancies)
    {
        await using var index = LuceneIndexes.Vacancies(_root.FullPath);
        await index.UpsertAsync(vacancies, default);
    }

    private string LiveGenerationFolder() =>
        Path.Combine(VacancyFolder, File.ReadAllText(Path.Combine(VacancyFolder, "current")).Trim());
}
