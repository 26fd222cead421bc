using TalentMatch.Application.Matching;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Matching;

/// <summary>
/// The essential-skill credit is half coverage and half relevance (the share of the candidate's own skills the job
/// uses): with the same coverage, a candidate whose other skills the job does not ask scores lower.
/// </summary>
public sealed class SkillRelevanceTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    [Fact]
    public void Score_SameEssentialCoverage_UnrelatedOtherSkillsScoreLower()
    {
        var covered = MatchExamples.EssentialWelderSkills(Taxonomy).Take(2).ToList();
        var unrelated = UnrelatedSkills(4);
        var focused = Fitting with { Skills = covered };
        var spread = Fitting with { Skills = [.. covered, .. unrelated] };

        var focusedResult = Score(focused, Welder);
        var spreadResult = Score(spread, Welder);

        Essential(focusedResult).Arguments.ShouldBe(["2", "4"]);
        Essential(spreadResult).Arguments.ShouldBe(["2", "4"]);
        spreadResult.Fit.ShouldBeLessThan(focusedResult.Fit);
    }

    [Fact]
    public void Score_SameEssentialCoverage_MoreUnrelatedSkillsScoreLowerStill()
    {
        var covered = MatchExamples.EssentialWelderSkills(Taxonomy).Take(2).ToList();

        var some = Score(Fitting with { Skills = [.. covered, .. UnrelatedSkills(2)] }, Welder);
        var many = Score(Fitting with { Skills = [.. covered, .. UnrelatedSkills(8)] }, Welder);

        many.Fit.ShouldBeLessThan(some.Fit);
    }

    [Fact]
    public void Score_AllEssentialSkillsAndUnrelatedOnes_IsNotAFullSkillMatch()
    {
        var all = MatchExamples.EssentialWelderSkills(Taxonomy);

        var result = Score(Fitting with { Skills = [.. all, .. UnrelatedSkills(4)] }, Welder);

        Essential(result).Arguments.ShouldBe(["4", "4"]);
        Essential(result).Status.ShouldNotBe(MatchStatus.Missing);
        result.Fit.ShouldBeLessThan(Score(Fitting with { Skills = all }, Welder).Fit);
    }

    /// <summary>Essential skills of a general nurse that the welder vacancy does not ask.</summary>
    private List<SkillUri> UnrelatedSkills(int count)
    {
        var asked = Welder.Skills.Select(s => s.Skill).ToHashSet();
        var skills = Taxonomy.SkillsOf(MatchExamples.GeneralNurse, SkillRelation.Essential).Select(s => s.Skill)
            .Where(s => !asked.Contains(s)).Take(count).ToList();
        skills.Count.ShouldBe(count);
        return skills;
    }

    private static MatchCriterion Essential(MatchResult result) =>
        result.Criteria.Single(c => c.Code == CriterionCodes.EssentialSkills);
}
