using TalentMatch.Application.Search;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>Sorts, ties and paging.</summary>
public abstract partial class VacancyIndexContract
{
    [Fact]
    public async Task Search_RelevanceWithText_PutsTheBestMatchFirst()
    {
        var inTitle = Vacancy("Lasser", "Werk in een werkplaats.") with { PublishedAt = Now.AddDays(-20) };
        var inDescription = Vacancy("Bankwerker", "Soms ook een lasser nodig.") with { PublishedAt = Now.AddDays(-1) };
        await UpsertAsync(inDescription, inTitle);

        (await FoundAsync(Find("lasser"))).ShouldBe([inTitle.Id, inDescription.Id]);
    }

    [Fact]
    public async Task Search_RelevanceWithoutText_PutsTheNewestFirst()
    {
        var (old, recent, middle) = (Vacancy() with { PublishedAt = Now.AddDays(-9) }, Vacancy() with { PublishedAt = Now.AddHours(-1) },
            Vacancy() with { PublishedAt = Now.AddDays(-3) });
        await UpsertAsync(old, recent, middle);

        (await FoundAsync(Find())).ShouldBe([recent.Id, middle.Id, old.Id]);
    }

    [Fact]
    public async Task Search_SortByDate_PutsTheNewestFirstEvenWithText()
    {
        var older = Vacancy("Lasser lasser", "Lasser.") with { PublishedAt = Now.AddDays(-9) };
        var newer = Vacancy("Bankwerker", "Soms lassen, ook lasser.") with { PublishedAt = Now.AddDays(-1) };
        await UpsertAsync(older, newer);

        (await FoundAsync(Find("lasser") with { Sort = VacancySort.Date })).ShouldBe([newer.Id, older.Id]);
    }

    [Fact]
    public async Task Search_SortByDistance_PutsTheNearestFirstAndUnplacedLast()
    {
        var (far, near, middle, unplaced) = (Vacancy().At(Groningen), Vacancy().At(TheHague), Vacancy().At(Amsterdam),
            Vacancy().At(null) with { WorkMode = "Remote" });
        await UpsertAsync(far, unplaced, near, middle);

        var found = await FoundAsync(Find() with { Near = Leiden, Sort = VacancySort.Distance });

        found.ShouldBe([near.Id, middle.Id, far.Id, unplaced.Id]);
    }

    [Fact]
    public async Task Search_SortBySalary_PutsTheHighestUpperSalaryFirstAndNoneLast()
    {
        var (none, low, high) = (Vacancy(), Vacancy() with { SalaryFrom = 2000, SalaryTo = 2800 },
            Vacancy() with { SalaryFrom = 2500, SalaryTo = 4100 });
        await UpsertAsync(none, low, high);

        (await FoundAsync(Find() with { Sort = VacancySort.Salary })).ShouldBe([high.Id, low.Id, none.Id]);
    }

    [Fact]
    public async Task Search_EqualSortKeys_BreaksTiesByIdAscending()
    {
        var same = Enumerable.Range(0, 6).Select(_ => Vacancy() with { PublishedAt = Now.AddDays(-2) }).ToArray();
        await UpsertAsync(same);

        var found = await FoundAsync(Find() with { Sort = VacancySort.Date });

        found.ShouldBe([.. same.Select(v => v.Id).OrderBy(id => id.ToString("D"), StringComparer.Ordinal)]);
    }

    [Fact]
    public async Task Search_Pages_ReturnConsecutiveSlicesAndTheTotal()
    {
        var all = Enumerable.Range(0, 7).Select(i => Vacancy() with { PublishedAt = Now.AddDays(-i) }).ToArray();
        await UpsertAsync(all);

        var first = await SearchAsync(Find() with { Page = 1, PageSize = 3 });
        var third = await SearchAsync(Find() with { Page = 3, PageSize = 3 });
        var beyond = await SearchAsync(Find() with { Page = 4, PageSize = 3 });

        first.Total.ShouldBe(7);
        first.Hits.Select(h => h.Id).ShouldBe(all.Take(3).Select(v => v.Id));
        third.Hits.Select(h => h.Id).ShouldBe([all[6].Id]);
        third.Total.ShouldBe(7);
        beyond.Hits.ShouldBeEmpty();
    }
}
