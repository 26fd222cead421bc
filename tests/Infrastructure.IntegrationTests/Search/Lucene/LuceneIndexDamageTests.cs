using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Lucene;

/// <summary>A Lucene index damaged on disk is reported corrupt (not thrown at start-up) and a rebuild repairs it.</summary>
public sealed class LuceneIndexDamageTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    private string VacancyFolder => _root.PathOf("vacancies");

    [Fact]
    public async Task GetState_SegmentsFileDeleted_IsCorrupt()
    {
        await WriteAndCloseAsync(Vacancy());
        foreach (var segments in Directory.EnumerateFiles(LiveGenerationFolder(), "segments*"))
        {
            File.Delete(segments);
        }

        await using var index = LuceneIndexes.Vacancies(_root.FullPath);

        (await index.GetStateAsync(default)).ShouldBe(IndexState.Corrupt);
    }

    [Fact]
    public async Task GetState_FilesOverwrittenWithZeros_IsCorrupt()
    {
        await WriteAndCloseAsync(Vacancy(), Vacancy());
        foreach (var file in Directory.EnumerateFiles(LiveGenerationFolder()).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, new byte[new FileInfo(file).Length]);
        }

        await using var index = LuceneIndexes.Vacancies(_root.FullPath);

        (await index.GetStateAsync(default)).ShouldBe(IndexState.Corrupt);
        await Should.ThrowAsync<InvalidOperationException>(() => index.UpsertAsync([Vacancy()], default));
    }

    [Fact]
    public async Task GetState_DataFilesTruncated_IsCorrupt()
    {
        await WriteAndCloseAsync(Vacancy(), Vacancy());
        foreach (var file in Directory.EnumerateFiles(LiveGenerationFolder()).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)
            && !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            using var stream = new FileStream(file, FileMode.Open);
            stream.SetLength(stream.Length / 2);
        }

        await using var index = LuceneIndexes.Vacancies(_root.FullPath);

        (await index.GetStateAsync(default)).ShouldBe(IndexState.Corrupt);
    }

    [Fact]
    public async Task Rebuild_OfACorruptIndex_MakesItReadableAgain()
    {
        await WriteAndCloseAsync(Vacancy());
        File.Delete(Directory.EnumerateFiles(LiveGenerationFolder(), "segments*").First());
        await using var index = LuceneIndexes.Vacancies(_root.FullPath);
        var vacancy = Vacancy() with { Version = 3 };

        await using (var rebuild = await index.BeginRebuildAsync(default))
        {
            await rebuild.AddAsync([vacancy], default);
            await rebuild.CompleteAsync(default);
        }

        (await index.GetStateAsync(default)).ShouldBe(new IndexState(IndexCondition.Readable, 1, 3));
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
