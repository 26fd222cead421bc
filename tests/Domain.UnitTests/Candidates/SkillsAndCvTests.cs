using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using static TalentMatch.Domain.UnitTests.Candidates.ProfileExamples;

namespace TalentMatch.Domain.UnitTests.Candidates;

public sealed class SkillsAndCvTests
{
    [Fact]
    public void AddSkills_AddsOnlyNewOnes_AndSaysHowMany()
    {
        var candidate = NewCandidate();
        candidate.UpdateProfile(Minimal() with { Skills = [Skill(1)] }, Now);

        var added = candidate.AddSkills([Skill(1), Skill(2), Skill(2)], Now.AddHours(1));

        added.ShouldBe(1);
        candidate.Skills.ShouldBe([Skill(1), Skill(2)]);
        candidate.ProfileUpdatedAt.ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public void AddSkills_BeyondTheLimit_BreaksRuleAndAddsNothing()
    {
        var candidate = NewCandidate();
        candidate.UpdateProfile(Minimal() with { Skills = [.. Enumerable.Range(1, 99).Select(Skill)] }, Now);

        Should.Throw<BusinessRuleException>(() => candidate.AddSkills([Skill(200), Skill(201)], Now))
            .BrokenRule.Code.ShouldBe("TooManySkills");
        candidate.Skills.Count.ShouldBe(99);
    }

    [Fact]
    public void ReplaceCv_ReturnsThePreviousOneToRemove()
    {
        var candidate = NewCandidate();
        var first = Cv("11111111111111111111111111111111");
        var second = Cv("22222222222222222222222222222222");

        candidate.ReplaceCv(first, Now).ShouldBeNull();
        candidate.ReplaceCv(second, Now).ShouldBe(first);
        candidate.Cv.ShouldBe(second);
    }

    [Fact]
    public void RemoveCv_WithoutCv_ChangesNothing()
    {
        var candidate = NewCandidate();

        candidate.RemoveCv(Now).ShouldBeNull();
        candidate.ProfileUpdatedAt.ShouldBeNull();
    }
}
