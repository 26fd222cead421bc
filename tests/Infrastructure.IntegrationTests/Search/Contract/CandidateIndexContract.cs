using TalentMatch.Application.Search;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>
/// What every engine's <see cref="ICandidateIndex"/> must do, run by one concrete subclass per engine; a fresh empty
/// index per test, writes visible as soon as they return. Retrieval cases are in the partial file beside this one.
/// </summary>
public abstract partial class CandidateIndexContract : IAsyncLifetime
{
    protected ICandidateIndex Index { get; private set; } = null!;

    /// <summary>A new, empty index of the engine under test.</summary>
    protected abstract Task<ICandidateIndex> CreateIndexAsync();

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

    protected async Task UpsertAsync(params CandidateDocument[] candidates) => await Index.UpsertAsync(candidates, default);

    protected async Task<Guid[]> FoundAsync(CandidateSearchRequest request) =>
        [.. (await Index.SearchAsync(request with { PageSize = 100 }, default)).Hits.Select(h => h.Id)];

    [Fact]
    public async Task UpsertAndDelete_AreIdempotentAndCounted()
    {
        var (kept, deleted) = (Candidate() with { Version = 40 }, Candidate() with { Version = 90 });
        await UpsertAsync(kept, deleted);
        await UpsertAsync(kept);

        await Index.DeleteAsync([deleted.Id, Guid.NewGuid()], default);

        (await FoundAsync(FindCandidates())).ShouldBe([kept.Id]);
        (await Index.GetStateAsync(default)).ShouldBe(new IndexState(IndexCondition.Readable, 1, 40));
    }

    [Fact]
    public async Task Search_Text_FindsCandidatesByOccupationOrSkillLabelInAnyLanguage()
    {
        var welder = Candidate() with { OccupationLabels = ["lasser", "welder", "Schweißer"] };
        var carer = Candidate() with { SkillLabels = ["wondzorg", "wound care"] };
        await UpsertAsync(welder, carer, Candidate());

        (await FoundAsync(FindCandidates("schweisser"))).ShouldBe([welder.Id]);
        (await FoundAsync(FindCandidates("Wound"))).ShouldBe([carer.Id]);
    }

    [Fact]
    public async Task Search_ExpandedOccupation_FindsAndRanksCandidatesOfThatOccupationFirst()
    {
        var byLabel = Candidate() with { OccupationLabels = ["welder"], SkillLabels = ["welder", "welding"] };
        var byOccupation = Candidate() with { OccupationUris = [WelderUri], OccupationLabels = ["lasser"] };
        await UpsertAsync(byLabel, byOccupation, Candidate() with { OccupationUris = [NurseUri] });

        var found = await FoundAsync(FindCandidates("welder") with { ExpandedOccupationUris = [WelderUri] });

        found.ShouldBe([byOccupation.Id, byLabel.Id]);
    }

    [Fact]
    public async Task Search_Filters_CombineWithAndAndValuesWithOr()
    {
        var dutchWelder = Candidate() with { Sectors = ["construction"], OccupationUris = [WelderUri], SkillUris = [WeldingSkillUri], Languages = ["nl:B1"] };
        var englishWelder = Candidate() with { Sectors = ["construction"], OccupationUris = [WelderUri], Languages = ["en:C1"] };
        var nurse = Candidate() with { Sectors = ["healthcare"], OccupationUris = [NurseUri], SkillUris = [CareSkillUri], Languages = ["nl:B1"] };
        await UpsertAsync(dutchWelder, englishWelder, nurse);

        (await FoundAsync(FindCandidates() with { Sectors = ["construction"] })).ShouldBe([dutchWelder.Id, englishWelder.Id], ignoreOrder: true);
        (await FoundAsync(FindCandidates() with { OccupationUris = [NurseUri, TeacherUri] })).ShouldBe([nurse.Id]);
        (await FoundAsync(FindCandidates() with { SkillUris = [WeldingSkillUri, CareSkillUri] })).ShouldBe([dutchWelder.Id, nurse.Id], ignoreOrder: true);
        (await FoundAsync(FindCandidates() with { Sectors = ["construction"], Languages = ["nl:B1"] })).ShouldBe([dutchWelder.Id]);
    }

    [Fact]
    public async Task Search_ExcludeNeedsSponsorAndRadius_KeepEligibleNearbyOrRelocatingCandidates()
    {
        var nearby = Candidate().At(TheHague);
        var sponsored = Candidate().At(TheHague) with { NeedsSponsor = true };
        var relocating = Candidate().At(Groningen) with { WillingToRelocate = true };
        await UpsertAsync(nearby, sponsored, relocating, Candidate().At(Groningen), Candidate().At(null));

        var found = await FoundAsync(FindCandidates() with { Near = Leiden, RadiusKm = 25, ExcludeNeedsSponsor = true });

        found.ShouldBe([nearby.Id, relocating.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Search_WithoutText_PagesMostRecentlyUpdatedFirst()
    {
        var all = Enumerable.Range(0, 5).Select(i => Candidate() with { UpdatedAt = Now.AddDays(-i) }).ToArray();
        await UpsertAsync(all);

        var second = await Index.SearchAsync(FindCandidates() with { Page = 2, PageSize = 2 }, default);

        second.Total.ShouldBe(5);
        second.Hits.Select(h => h.Id).ShouldBe([all[2].Id, all[3].Id]);
        second.Facets.ShouldBeEmpty();
    }

    [Fact]
    public async Task Rebuild_CompletedOrAbandoned_ReplacesOrKeepsTheContents()
    {
        var old = Candidate();
        await UpsertAsync(old);
        await using (var abandoned = await Index.BeginRebuildAsync(default))
        {
            await abandoned.AddAsync([Candidate()], default);
        }

        (await FoundAsync(FindCandidates())).ShouldBe([old.Id]);

        var fresh = Candidate();
        await using (var rebuild = await Index.BeginRebuildAsync(default))
        {
            await rebuild.AddAsync([fresh], default);
            await rebuild.CompleteAsync(default);
        }

        (await FoundAsync(FindCandidates())).ShouldBe([fresh.Id]);
    }

    [Theory]
    [InlineData("lasser AND (")]
    [InlineData("\"")]
    [InlineData("*")]
    public async Task Search_HostileText_DoesNotThrow(string text)
    {
        var welder = Candidate() with { OccupationLabels = ["lasser"] };
        await UpsertAsync(welder);

        var found = await FoundAsync(FindCandidates(text));

        found.Length.ShouldBeLessThanOrEqualTo(1);
    }
}
