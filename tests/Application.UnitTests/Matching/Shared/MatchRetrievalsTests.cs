using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Matching.Shared;

[Collection(MatchingCollection.Name)]
public sealed class MatchRetrievalsTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;

    private MatchRetrievals Retrievals => new(_taxonomy);

    private ProfileDetails Welder => MatchExamples.FittingWelder(_taxonomy);

    [Fact]
    public void ForCandidate_NarrowOccupation_AddsItsBroaderOne()
    {
        var candidate = MatchExamples.Candidate(Welder with { DesiredOccupations = [MatchExamples.PipeWelder] });

        var retrieval = Retrievals.ForCandidate(candidate, MatchExamples.Today);

        retrieval.OccupationUris.ShouldContain(MatchExamples.PipeWelder.Value);
        retrieval.OccupationUris.ShouldContain(MatchExamples.Welder.Value);
        retrieval.OccupationUris.ShouldNotContain(MatchExamples.Solderer.Value);
    }

    [Fact]
    public void ForCandidate_BroadOccupation_AddsAllItsNarrowerOnes()
    {
        var candidate = MatchExamples.Candidate(Welder);

        var retrieval = Retrievals.ForCandidate(candidate, MatchExamples.Today);

        var narrower = _taxonomy.NarrowerOf(MatchExamples.Welder).Select(o => o.Uri.Value).ToList();
        narrower.ShouldContain(MatchExamples.PipeWelder.Value);
        retrieval.OccupationUris.ShouldBe([MatchExamples.Welder.Value, .. narrower], ignoreOrder: true);
    }

    [Fact]
    public void ForCandidate_OccupationsInOneIscoGroup_HaveThatGroupOnce()
    {
        var candidate = MatchExamples.Candidate(Welder with
        {
            DesiredOccupations = [MatchExamples.Welder, MatchExamples.PipeWelder, MatchExamples.Solderer],
        });

        var retrieval = Retrievals.ForCandidate(candidate, MatchExamples.Today);

        retrieval.IscoGroups.ShouldBe(["7212"]);
        retrieval.OccupationUris.Distinct().Count().ShouldBe(retrieval.OccupationUris.Count);
        retrieval.OccupationUris.ShouldContain(MatchExamples.Solderer.Value);
    }

    [Fact]
    public void ForCandidate_OccupationsInTwoIscoGroups_HaveBoth()
    {
        var candidate = MatchExamples.Candidate(Welder with
        {
            DesiredOccupations = [MatchExamples.Welder, MatchExamples.GeneralNurse],
        });

        Retrievals.ForCandidate(candidate, MatchExamples.Today).IscoGroups.ShouldBe(["7212", "2221"], ignoreOrder: true);
    }

    [Fact]
    public void ForCandidate_Skills_AreTheCandidatesSkills()
    {
        var candidate = MatchExamples.Candidate(Welder);

        var retrieval = Retrievals.ForCandidate(candidate, MatchExamples.Today);

        retrieval.SkillUris.ShouldBe(Welder.Skills.Select(s => s.Value), ignoreOrder: true);
        retrieval.Today.ShouldBe(MatchExamples.Today);
        retrieval.Limit.ShouldBe(MatchRetrievals.Pool);
        retrieval.Near.ShouldBeNull();
    }

    [Theory]
    [InlineData(WorkAuthorisation.NeedsSponsorHighlySkilledMigrant, true)]
    [InlineData(WorkAuthorisation.EuEeaOrSwissCitizen, false)]
    [InlineData(WorkAuthorisation.StudentWithHoursLimit, false)]
    [InlineData(null, false)]
    public void ForCandidate_SponsorshipRequired_OnlyWhenTheCandidateNeedsASponsor(WorkAuthorisation? authorisation,
        bool required)
    {
        var candidate = MatchExamples.Candidate(Welder with
        {
            WorkAuthorisation = authorisation, HoursPerWeek = WeeklyHours.Create(8, 16),
        });

        Retrievals.ForCandidate(candidate, MatchExamples.Today).SponsorshipRequired.ShouldBe(required);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void ForVacancy_SponsorshipRequired_WhenTheVacancyCannotSponsor(bool sponsors, bool required)
    {
        var vacancy = MatchExamples.Vacancy(MatchExamples.WelderVacancy(_taxonomy) with { VisaSponsorship = sponsors });

        Retrievals.ForVacancy(vacancy, MatchExamples.Today).SponsorshipRequired.ShouldBe(required);
    }

    [Fact]
    public void ForVacancy_WelderVacancy_WidensTheOccupationAndAsksAllItsSkills()
    {
        var details = MatchExamples.WelderVacancy(_taxonomy);

        var retrieval = Retrievals.ForVacancy(MatchExamples.Vacancy(details), MatchExamples.Today);

        retrieval.OccupationUris.ShouldContain(MatchExamples.Welder.Value);
        retrieval.OccupationUris.ShouldContain(MatchExamples.PipeWelder.Value);
        retrieval.IscoGroups.ShouldBe(["7212"]);
        retrieval.SkillUris.ShouldBe(details.Skills.Select(s => s.Skill.Value), ignoreOrder: true);
        details.Skills.ShouldContain(s => s.Relation == SkillRelation.Optional);
        retrieval.Limit.ShouldBe(MatchRetrievals.Pool);
    }

    [Fact]
    public void ForVacancy_WithoutOccupation_AsksOnlySkills()
    {
        var details = MatchExamples.WelderVacancy(_taxonomy) with { Occupation = null };

        var retrieval = Retrievals.ForVacancy(MatchExamples.Vacancy(details), MatchExamples.Today);

        retrieval.OccupationUris.ShouldBeEmpty();
        retrieval.IscoGroups.ShouldBeEmpty();
        retrieval.SkillUris.Count.ShouldBe(details.Skills.Count);
    }
}
