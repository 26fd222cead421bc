using TalentMatch.Application.Search;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>
/// What every engine's <see cref="IVacancyIndex"/> must do, run by one concrete subclass per engine. Each test gets a
/// fresh empty index from <see cref="CreateIndexAsync"/>; writes must be visible as soon as they return. Split over
/// partial files by theme (writes, text, filters, facets, sorting, rebuild, retrieval).
/// </summary>
public abstract partial class VacancyIndexContract : IAsyncLifetime
{
    protected IVacancyIndex Index { get; private set; } = null!;

    /// <summary>A new, empty index of the engine under test.</summary>
    protected abstract Task<IVacancyIndex> CreateIndexAsync();

    public async Task InitializeAsync() => Index = await CreateIndexAsync();

    public virtual async Task DisposeAsync()
    {
        switch (Index)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    protected async Task<VacancyDocument[]> UpsertAsync(params VacancyDocument[] vacancies)
    {
        await Index.UpsertAsync(vacancies, default);
        return vacancies;
    }

    protected async Task<SearchHits> SearchAsync(VacancySearchRequest request) => await Index.SearchAsync(request, default);

    protected async Task<Guid[]> FoundAsync(VacancySearchRequest request) =>
        [.. (await SearchAsync(request with { PageSize = 100 })).Hits.Select(h => h.Id)];

    [Fact]
    public async Task Upsert_SameDocumentTwice_IndexesItOnce()
    {
        var vacancy = Vacancy("Lasser");

        await UpsertAsync(vacancy);
        await UpsertAsync(vacancy);

        (await SearchAsync(Find())).Total.ShouldBe(1);
        (await Index.GetStateAsync(default)).DocumentCount.ShouldBe(1);
    }

    [Fact]
    public async Task Upsert_ChangedDocument_ReplacesTheOldVersion()
    {
        var vacancy = Vacancy("Lasser");
        await UpsertAsync(vacancy);

        await UpsertAsync(vacancy with { Title = "Timmerman", Version = 2 });

        (await FoundAsync(Find("lasser"))).ShouldBeEmpty();
        (await FoundAsync(Find("timmerman"))).ShouldBe([vacancy.Id]);
    }

    [Fact]
    public async Task Delete_ExistingAndUnknownIds_RemovesTheExistingOnes()
    {
        var (kept, deleted) = (Vacancy("Lasser"), Vacancy("Lasser"));
        await UpsertAsync(kept, deleted);

        await Index.DeleteAsync([deleted.Id, Guid.NewGuid()], default);
        await Index.DeleteAsync([deleted.Id], default);

        (await FoundAsync(Find("lasser"))).ShouldBe([kept.Id]);
    }

    [Fact]
    public async Task GetState_AfterWrites_CountsDocumentsAndReportsTheHighestVersion()
    {
        await UpsertAsync(Vacancy() with { Version = 1_700_000_000_123 }, Vacancy() with { Version = 1_750_000_000_456 },
            Vacancy() with { Version = 1_600_000_000_000 });

        var state = await Index.GetStateAsync(default);

        state.ShouldBe(new IndexState(IndexCondition.Readable, 3, 1_750_000_000_456));
    }

    [Fact]
    public async Task GetState_AfterDeletingTheNewest_ReportsTheRemainingHighestVersion()
    {
        var newest = Vacancy() with { Version = 30 };
        await UpsertAsync(Vacancy() with { Version = 10 }, newest);

        await Index.DeleteAsync([newest.Id], default);

        (await Index.GetStateAsync(default)).ShouldBe(new IndexState(IndexCondition.Readable, 1, 10));
    }
}
