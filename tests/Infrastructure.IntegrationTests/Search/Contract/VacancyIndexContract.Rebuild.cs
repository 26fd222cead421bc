using TalentMatch.Application.Search;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>Rebuilds: the live index keeps serving until completion, and only completion replaces it.</summary>
public abstract partial class VacancyIndexContract
{
    [Fact]
    public async Task Rebuild_Completed_ReplacesTheWholeContents()
    {
        var old = Vacancy("Lasser");
        await UpsertAsync(old);
        var (fresh, other) = (Vacancy("Timmerman") with { Version = 7 }, Vacancy("Lasser") with { Version = 5 });

        await using (var rebuild = await Index.BeginRebuildAsync(default))
        {
            await rebuild.AddAsync([fresh], default);
            await rebuild.AddAsync([other, fresh], default);
            (await FoundAsync(Find())).ShouldBe([old.Id]);
            await rebuild.CompleteAsync(default);
        }

        (await FoundAsync(Find())).ShouldBe([fresh.Id, other.Id], ignoreOrder: true);
        (await Index.GetStateAsync(default)).ShouldBe(new IndexState(IndexCondition.Readable, 2, 7));
    }

    [Fact]
    public async Task Rebuild_DisposedWithoutCompleting_LeavesTheLiveIndexAsItWas()
    {
        var live = Vacancy("Lasser");
        await UpsertAsync(live);

        await using (var rebuild = await Index.BeginRebuildAsync(default))
        {
            await rebuild.AddAsync([Vacancy("Timmerman"), Vacancy("Kok")], default);
        }

        (await FoundAsync(Find())).ShouldBe([live.Id]);
        (await Index.GetStateAsync(default)).DocumentCount.ShouldBe(1);
    }

    [Fact]
    public async Task Rebuild_OfANewIndex_MakesItReadableAndWritable()
    {
        var first = Vacancy("Lasser");
        await using (var rebuild = await Index.BeginRebuildAsync(default))
        {
            await rebuild.AddAsync([first], default);
            await rebuild.CompleteAsync(default);
        }

        var second = Vacancy("Lasser");
        await UpsertAsync(second);

        (await FoundAsync(Find("lasser"))).ShouldBe([first.Id, second.Id], ignoreOrder: true);
    }
}
