using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>Each filter of a vacancy search, on its own: what passes and what does not.</summary>
public abstract partial class VacancyIndexContract
{
    [Fact]
    public async Task Search_SectorsFilter_KeepsVacanciesOfAnyGivenSector()
    {
        var (care, school, building) = (Vacancy() with { Sector = "healthcare" }, Vacancy() with { Sector = "education" },
            Vacancy() with { Sector = "construction" });
        await UpsertAsync(care, school, building);

        (await FoundAsync(Find() with { Sectors = ["healthcare", "education"] })).ShouldBe([care.Id, school.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Search_OccupationFilters_KeepVacanciesOfTheOccupationOrGroup()
    {
        var welder = Vacancy() with { OccupationUri = WelderUri, IscoGroup = "7212", OccupationGroup = "721" };
        var nurse = Vacancy() with { OccupationUri = NurseUri, IscoGroup = "2221", OccupationGroup = "222" };
        await UpsertAsync(welder, nurse, Vacancy());

        (await FoundAsync(Find() with { OccupationUris = [NurseUri] })).ShouldBe([nurse.Id]);
        (await FoundAsync(Find() with { OccupationGroups = ["721"] })).ShouldBe([welder.Id]);
    }

    [Fact]
    public async Task Search_ContractAndLanguageFilters_KeepMatchingValues()
    {
        var temporary = Vacancy() with { ContractType = "FixedTerm", Languages = ["en:B2"] };
        var permanent = Vacancy() with { ContractType = "Permanent", Languages = ["nl:B1", "en:B1"] };
        await UpsertAsync(temporary, permanent);

        (await FoundAsync(Find() with { ContractTypes = ["FixedTerm"] })).ShouldBe([temporary.Id]);
        (await FoundAsync(Find() with { Languages = ["nl:B1"] })).ShouldBe([permanent.Id]);
        (await FoundAsync(Find() with { Languages = ["nl:B1", "en:B2"] })).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Search_HoursFilters_KeepOverlappingRanges()
    {
        var partTime = Vacancy() with { HoursMin = 16, HoursMax = 24 };
        var fullTime = Vacancy() with { HoursMin = 36, HoursMax = 40 };
        var fixedHours = Vacancy() with { HoursMin = 32, HoursMax = null };
        await UpsertAsync(partTime, fullTime, fixedHours);

        (await FoundAsync(Find() with { HoursMin = 30 })).ShouldBe([fullTime.Id, fixedHours.Id], ignoreOrder: true);
        (await FoundAsync(Find() with { HoursMax = 20 })).ShouldBe([partTime.Id]);
        (await FoundAsync(Find() with { HoursMin = 20, HoursMax = 32 })).ShouldBe([partTime.Id, fixedHours.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Search_SalaryMin_ComparesWithTheUpperSalary()
    {
        var high = Vacancy() with { SalaryFrom = 3000, SalaryTo = 4200 };
        var low = Vacancy() with { SalaryFrom = 2500, SalaryTo = 3100 };
        await UpsertAsync(high, low, Vacancy());

        (await FoundAsync(Find() with { SalaryMin = 3500 })).ShouldBe([high.Id]);
        (await FoundAsync(Find() with { SalaryMin = 3100 })).ShouldBe([high.Id, low.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Search_SponsorsVisaAndHousing_FilterBothWays()
    {
        var sponsor = Vacancy() with { VisaSponsorship = true };
        var housing = Vacancy() with { HousingSupport = true };
        await UpsertAsync(sponsor, housing);

        (await FoundAsync(Find() with { SponsorsVisa = true })).ShouldBe([sponsor.Id]);
        (await FoundAsync(Find() with { SponsorsVisa = false })).ShouldBe([housing.Id]);
        (await FoundAsync(Find() with { Housing = true })).ShouldBe([housing.Id]);
    }

    [Fact]
    public async Task Search_PostedSince_KeepsVacanciesPublishedAtOrAfter()
    {
        var recent = Vacancy() with { PublishedAt = Now.AddDays(-2) };
        var exact = Vacancy() with { PublishedAt = Now.AddDays(-7) };
        await UpsertAsync(recent, exact, Vacancy() with { PublishedAt = Now.AddDays(-30) });

        (await FoundAsync(Find() with { PostedSince = Now.AddDays(-7) })).ShouldBe([recent.Id, exact.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Search_ClosingDate_HidesVacanciesClosedBeforeToday()
    {
        var closesToday = Vacancy() with { ClosingDate = Today };
        var neverCloses = Vacancy() with { ClosingDate = null };
        var closed = Vacancy() with { ClosingDate = Today.AddDays(-1) };
        await UpsertAsync(closesToday, neverCloses, closed);

        (await FoundAsync(Find())).ShouldBe([closesToday.Id, neverCloses.Id], ignoreOrder: true);
        (await FoundAsync(Find() with { Today = Today.AddDays(-1) })).Length.ShouldBe(3);
    }

    [Fact]
    public async Task Search_Radius_KeepsNearbyAndRemoteVacanciesAndReportsDistances()
    {
        var nearby = Vacancy().At(TheHague);
        var far = Vacancy().At(Groningen);
        var remote = Vacancy().At(Groningen) with { WorkMode = "Remote" };
        var unplaced = Vacancy().At(null);
        await UpsertAsync(nearby, far, remote, unplaced);

        var hits = (await SearchAsync(Find() with { Near = Leiden, RadiusKm = 25 })).Hits;

        hits.Select(h => h.Id).ShouldBe([nearby.Id, remote.Id], ignoreOrder: true);
        hits.Single(h => h.Id == nearby.Id).DistanceKm.ShouldNotBeNull().ShouldBe(Leiden.DistanceKmTo(TheHague), 0.5);
    }

    [Fact]
    public async Task Search_RadiusEdge_UsesTheGreatCircleNotTheBox()
    {
        var amsterdam = Vacancy().At(Amsterdam);
        await UpsertAsync(amsterdam);
        var distance = Leiden.DistanceKmTo(Amsterdam);

        (await FoundAsync(Find() with { Near = Leiden, RadiusKm = distance + 1 })).ShouldBe([amsterdam.Id]);
        (await FoundAsync(Find() with { Near = Leiden, RadiusKm = distance - 1 })).ShouldBeEmpty();
    }
}
