using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Search;

[Collection(MatchingCollection.Name)]
public sealed class SearchDocumentFactoryCandidateTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;

    private SearchDocumentFactory Factory => new(_taxonomy);

    private ProfileDetails Welder => MatchExamples.FittingWelder(_taxonomy);

    [Fact]
    public void Create_Candidate_HoldsNoNameOrPersonalDetails()
    {
        var candidate = Candidate.Register(UserId.New(), "Ana Kowalska", MatchExamples.Now);
        candidate.UpdateProfile(Welder, MatchExamples.Now);

        var document = Factory.Create(candidate);

        PersonalData.TextsOf(document).ShouldNotContain(t => t.Contains("Kowalska", StringComparison.OrdinalIgnoreCase));
        typeof(CandidateDocument).GetProperties().Select(p => p.Name)
            .ShouldNotContain(n => n.Contains("Name", StringComparison.Ordinal) && n != nameof(CandidateDocument.PlaceName));
        typeof(CandidateDocument).GetProperties().Select(p => p.Name)
            .ShouldNotContain(n => n.Contains("Email") || n.Contains("Nationality") || n.Contains("Authorisation"));
    }

    [Fact]
    public void Create_SeveralOccupations_HasEachIscoGroupAndSectorOnce()
    {
        var details = Welder with
        {
            DesiredOccupations = [MatchExamples.Welder, MatchExamples.Solderer, MatchExamples.GeneralNurse],
        };

        var document = Factory.Create(MatchExamples.Candidate(details));

        document.OccupationUris.ShouldBe(details.DesiredOccupations.Select(o => o.Value));
        document.IscoGroups.ShouldBe(["7212", "2221"], ignoreOrder: true);
        document.Sectors.ShouldContain("healthcare");
        document.Sectors.Distinct().Count().ShouldBe(document.Sectors.Count);
    }

    [Fact]
    public void Create_WelderCandidate_HasOccupationLabelsInAllLanguages()
    {
        var document = Factory.Create(MatchExamples.Candidate(Welder));

        document.OccupationLabels.ShouldContain("welder");
        document.OccupationLabels.ShouldContain("lasser");
        document.OccupationLabels.ShouldContain("spawacz");
    }

    [Fact]
    public void Create_WelderCandidate_HasSkillsLanguagesAndPlace()
    {
        var document = Factory.Create(MatchExamples.Candidate(Welder));

        document.SkillUris.ShouldBe(Welder.Skills.Select(s => s.Value));
        var firstSkill = _taxonomy.FindSkill(Welder.Skills.First()).ShouldNotBeNull();
        document.SkillLabels.ShouldContain(firstSkill.Labels.PreferredIn(TaxonomyLanguage.English));
        document.Languages.ShouldBe(["nl:B2"]);
        document.Certificates.ShouldBe(["VCA-BASIS"]);
        document.EducationLevel.ShouldBe(nameof(EducationLevel.Mbo3));
        document.HoursPerWeek.ShouldBe(40);
        document.PlaceName.ShouldBe("Leiden");
        document.Latitude.ShouldBe(MatchExamples.Leiden.Location.Latitude);
        document.MaxCommuteKm.ShouldBe(20);
        document.WillingToRelocate.ShouldBeFalse();
    }

    [Theory]
    [InlineData(WorkAuthorisation.NeedsSponsorHighlySkilledMigrant, true)]
    [InlineData(WorkAuthorisation.EuEeaOrSwissCitizen, false)]
    [InlineData(WorkAuthorisation.ResidencePermitFreeAccess, false)]
    [InlineData(WorkAuthorisation.Other, false)]
    public void Create_WorkAuthorisation_IsReducedToNeedsSponsor(WorkAuthorisation authorisation, bool needsSponsor)
    {
        var document = Factory.Create(MatchExamples.Candidate(Welder with { WorkAuthorisation = authorisation }));

        document.NeedsSponsor.ShouldBe(needsSponsor);
    }

    [Fact]
    public void Create_UpdatedProfile_VersionIsTheUpdate()
    {
        var candidate = Candidate.Register(UserId.New(), "Ana", MatchExamples.Now);
        var updated = MatchExamples.Now.AddDays(3);
        candidate.UpdateProfile(Welder, updated);

        var document = Factory.Create(candidate);

        document.Version.ShouldBe(Versions.Of(updated));
        document.UpdatedAt.ShouldBe(updated);
    }
}
