using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>Retrieval for matching a candidate: shared concepts, hard constraints, best first, limited.</summary>
public abstract partial class VacancyIndexContract
{
    [Fact]
    public async Task Retrieve_SharedOccupationGroupOrSkill_FindsOnlyVacanciesSharingOne()
    {
        var byOccupation = Vacancy() with { OccupationUri = WelderUri };
        var byGroup = Vacancy() with { IscoGroup = "7212" };
        var bySkill = Vacancy() with { OptionalSkillUris = [WeldingSkillUri] };
        await UpsertAsync(byOccupation, byGroup, bySkill, Vacancy() with { OccupationUri = NurseUri, IscoGroup = "2221" });

        var found = await Index.RetrieveAsync(Retrieval([WelderUri], [WeldingSkillUri], ["7212"]), default);

        found.ShouldBe([byOccupation.Id, byGroup.Id, bySkill.Id]);
    }

    [Fact]
    public async Task Retrieve_NothingToLookFor_FindsNothing()
    {
        await UpsertAsync(Vacancy() with { OccupationUri = WelderUri });

        (await Index.RetrieveAsync(Retrieval(), default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Retrieve_SponsorshipRequired_KeepsOnlySponsoringVacancies()
    {
        var sponsor = Vacancy() with { OccupationUri = NurseUri, VisaSponsorship = true };
        await UpsertAsync(sponsor, Vacancy() with { OccupationUri = NurseUri });

        var found = await Index.RetrieveAsync(Retrieval([NurseUri]) with { SponsorshipRequired = true }, default);

        found.ShouldBe([sponsor.Id]);
    }

    [Fact]
    public async Task Retrieve_RadiusAndClosingDate_KeepNearbyRemoteAndOpenVacancies()
    {
        var nearby = Vacancy().At(TheHague) with { OccupationUri = NurseUri };
        var remote = Vacancy().At(Groningen) with { OccupationUri = NurseUri, WorkMode = "Remote" };
        await UpsertAsync(nearby, remote,
            Vacancy().At(Groningen) with { OccupationUri = NurseUri },
            Vacancy().At(TheHague) with { OccupationUri = NurseUri, ClosingDate = Today.AddDays(-1) });

        var found = await Index.RetrieveAsync(Retrieval([NurseUri]) with { Near = Leiden, RadiusKm = 30 }, default);

        found.ShouldBe([nearby.Id, remote.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Retrieve_Limit_ReturnsTheBestOnes()
    {
        var best = Vacancy() with { OccupationUri = NurseUri, EssentialSkillUris = [CareSkillUri] };
        await UpsertAsync([best, .. Enumerable.Range(0, 5).Select(_ => Vacancy() with { EssentialSkillUris = [CareSkillUri] })]);

        var found = await Index.RetrieveAsync(Retrieval([NurseUri], [CareSkillUri]) with { Limit = 3 }, default);

        found.Count.ShouldBe(3);
        found[0].ShouldBe(best.Id);
    }
}
