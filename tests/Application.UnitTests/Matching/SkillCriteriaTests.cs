using TalentMatch.Application.Matching;

namespace TalentMatch.Application.UnitTests.Matching;

public sealed class SkillCriteriaTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    [Fact]
    public void Score_WhenAllEssentialSkillsHeld_IsMet()
    {
        var criterion = Criterion(Fitting, Welder, CriterionCodes.EssentialSkills);

        criterion.Status.ShouldBe(MatchStatus.Met);
        criterion.Arguments.ShouldBe(["4", "4"]);
        criterion.Obstacle.ShouldBeNull();
    }

    [Fact]
    public void Score_WhenHalfTheEssentialSkillsHeld_IsPartialWithCounts()
    {
        var half = MatchExamples.EssentialWelderSkills(Taxonomy).Take(2).ToList();

        var criterion = Criterion(Fitting with { Skills = half }, Welder, CriterionCodes.EssentialSkills);

        criterion.Status.ShouldBe(MatchStatus.Partial);
        criterion.Arguments.ShouldBe(["2", "4"]);
        criterion.Obstacle.ShouldBe(Obstacles.Skills);
    }

    [Fact]
    public void Score_WhenNoEssentialSkillHeld_IsMissing()
    {
        var criterion = Criterion(Fitting with { Skills = [] }, Welder, CriterionCodes.EssentialSkills);

        criterion.Status.ShouldBe(MatchStatus.Missing);
        criterion.Arguments.ShouldBe(["0", "4"]);
        criterion.Obstacle.ShouldBe(Obstacles.Skills);
    }

    [Fact]
    public void Score_WhenOneOptionalSkillHeld_IsPartial()
    {
        var skills = MatchExamples.EssentialWelderSkills(Taxonomy)
            .Append(MatchExamples.OptionalWelderSkills(Taxonomy)[0]).ToList();

        var criterion = Criterion(Fitting with { Skills = skills }, Welder, CriterionCodes.OptionalSkills);

        criterion.Status.ShouldBe(MatchStatus.Partial);
        criterion.Arguments.ShouldBe(["1", "2"]);
    }

    [Fact]
    public void Score_WhenNoOptionalSkillHeld_IsMissing()
    {
        var criterion = Criterion(Fitting with { Skills = MatchExamples.EssentialWelderSkills(Taxonomy) }, Welder,
            CriterionCodes.OptionalSkills);

        criterion.Status.ShouldBe(MatchStatus.Missing);
    }

    [Fact]
    public void Score_WhenVacancyAsksNoSkills_HasNoSkillCriteria()
    {
        var result = Score(Fitting, Welder with { Skills = [] });

        result.Criteria.ShouldNotContain(c => c.Code == CriterionCodes.EssentialSkills);
        result.Criteria.ShouldNotContain(c => c.Code == CriterionCodes.OptionalSkills);
    }

    [Fact]
    public void Score_SameCountOfSkills_RarerSkillsScoreHigher()
    {
        var bySpread = MatchExamples.EssentialWelderSkills(Taxonomy)
            .OrderBy(s => Taxonomy.OccupationsWith(s).Count).ThenBy(s => s.Value, StringComparer.Ordinal).ToList();
        Taxonomy.OccupationsWith(bySpread[0]).Count.ShouldBeLessThan(Taxonomy.OccupationsWith(bySpread[^1]).Count);

        var rare = Score(Fitting with { Skills = bySpread.Take(2).ToList() }, Welder);
        var common = Score(Fitting with { Skills = bySpread.TakeLast(2).ToList() }, Welder);

        rare.Score.ShouldBeGreaterThan(common.Score);
        rare.Criteria.Single(c => c.Code == CriterionCodes.EssentialSkills).Arguments.ShouldBe(["2", "4"]);
    }
}
