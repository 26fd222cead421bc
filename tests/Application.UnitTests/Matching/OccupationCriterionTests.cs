using TalentMatch.Application.Matching;

namespace TalentMatch.Application.UnitTests.Matching;

public sealed class OccupationCriterionTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    [Fact]
    public void Score_WhenCandidateWantsTheOccupation_IsMet()
    {
        var criterion = Criterion(Fitting, Welder, CriterionCodes.Occupation);

        criterion.Status.ShouldBe(MatchStatus.Met);
        criterion.Obstacle.ShouldBeNull();
    }

    [Fact]
    public void Score_WhenOccupationInSameIscoUnitGroup_IsPartial()
    {
        var criterion = Criterion(Fitting with { DesiredOccupations = [MatchExamples.Solderer] }, Welder,
            CriterionCodes.Occupation);

        criterion.Status.ShouldBe(MatchStatus.Partial);
        criterion.Arguments.ShouldBe([MatchExamples.Welder.Value, MatchExamples.Solderer.Value]);
    }

    [Fact]
    public void Score_WhenOccupationNarrowerInEsco_IsPartial()
    {
        var criterion = Criterion(Fitting with { DesiredOccupations = [MatchExamples.PipeWelder] },
            Welder, CriterionCodes.Occupation);

        criterion.Status.ShouldBe(MatchStatus.Partial);
    }

    [Fact]
    public void Score_WhenOccupationBroaderInEsco_IsPartial()
    {
        var criterion = Criterion(Fitting, Welder with { Occupation = MatchExamples.PipeWelder },
            CriterionCodes.Occupation);

        criterion.Status.ShouldBe(MatchStatus.Partial);
    }

    [Fact]
    public void Score_WhenOccupationUnrelated_IsMissing()
    {
        var criterion = Criterion(Fitting with { DesiredOccupations = [MatchExamples.GeneralNurse] }, Welder,
            CriterionCodes.Occupation);

        criterion.Status.ShouldBe(MatchStatus.Missing);
        criterion.Arguments.ShouldBe([MatchExamples.Welder.Value]);
    }

    [Fact]
    public void Score_WhenOneOfSeveralOccupationsIsWanted_IsMet()
    {
        var criterion = Criterion(Fitting with { DesiredOccupations = [MatchExamples.GeneralNurse, MatchExamples.Welder] },
            Welder, CriterionCodes.Occupation);

        criterion.Status.ShouldBe(MatchStatus.Met);
    }
}
