using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>Retrieval of candidates for a vacancy: shared concepts, sponsorship, radius with relocation, best first.</summary>
public abstract partial class CandidateIndexContract
{
    [Fact]
    public async Task Retrieve_SharedOccupationGroupOrSkill_FindsOnlyCandidatesSharingOneBestFirst()
    {
        var bySkill = Candidate() with { SkillUris = [WeldingSkillUri] };
        var byOccupation = Candidate() with { OccupationUris = [NurseUri, WelderUri] };
        var byGroup = Candidate() with { IscoGroups = ["7212"] };
        await UpsertAsync(bySkill, byOccupation, byGroup, Candidate() with { OccupationUris = [TeacherUri], IscoGroups = ["2341"] });

        var found = await Index.RetrieveAsync(Retrieval([WelderUri], [WeldingSkillUri], ["7212"]), default);

        found.ShouldBe([byOccupation.Id, byGroup.Id, bySkill.Id]);
    }

    [Fact]
    public async Task Retrieve_SponsorshipRequired_ExcludesCandidatesWhoNeedASponsor()
    {
        var free = Candidate() with { OccupationUris = [NurseUri] };
        await UpsertAsync(free, Candidate() with { OccupationUris = [NurseUri], NeedsSponsor = true });

        var found = await Index.RetrieveAsync(Retrieval([NurseUri]) with { SponsorshipRequired = true }, default);

        found.ShouldBe([free.Id]);
    }

    [Fact]
    public async Task Retrieve_WithoutSponsorshipRequired_IncludesCandidatesWhoNeedASponsor()
    {
        var sponsored = Candidate() with { OccupationUris = [NurseUri], NeedsSponsor = true };
        await UpsertAsync(sponsored);

        (await Index.RetrieveAsync(Retrieval([NurseUri]), default)).ShouldBe([sponsored.Id]);
    }

    [Fact]
    public async Task Retrieve_Radius_KeepsNearbyCandidatesAndThoseWillingToRelocate()
    {
        var nearby = Candidate().At(TheHague) with { OccupationUris = [NurseUri] };
        var relocating = Candidate().At(Groningen) with { OccupationUris = [NurseUri], WillingToRelocate = true };
        await UpsertAsync(nearby, relocating, Candidate().At(Groningen) with { OccupationUris = [NurseUri] });

        var found = await Index.RetrieveAsync(Retrieval([NurseUri]) with { Near = Leiden, RadiusKm = 30 }, default);

        found.ShouldBe([nearby.Id, relocating.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Retrieve_Limit_CapsTheNumberOfIds()
    {
        await UpsertAsync([.. Enumerable.Range(0, 6).Select(_ => Candidate() with { SkillUris = [CareSkillUri] })]);

        (await Index.RetrieveAsync(Retrieval(skills: [CareSkillUri]) with { Limit = 4 }, default)).Count.ShouldBe(4);
    }
}
