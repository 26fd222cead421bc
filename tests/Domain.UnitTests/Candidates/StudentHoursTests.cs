using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using static TalentMatch.Domain.UnitTests.Candidates.ProfileExamples;

namespace TalentMatch.Domain.UnitTests.Candidates;

public sealed class StudentHoursTests
{
    [Fact]
    public void UpdateProfile_StudentWantingMoreThanSixteenHours_BreaksRule() =>
        Should.Throw<BusinessRuleException>(() => NewCandidate().UpdateProfile(Minimal() with
            {
                WorkAuthorisation = WorkAuthorisation.StudentWithHoursLimit,
                HoursPerWeek = WeeklyHours.Create(8, 17),
            }, Now))
            .BrokenRule.Code.ShouldBe("StudentHoursLimit");

    [Fact]
    public void UpdateProfile_StudentUpToSixteenHours_IsAllowed()
    {
        var candidate = NewCandidate();

        candidate.UpdateProfile(Minimal() with
        {
            WorkAuthorisation = WorkAuthorisation.StudentWithHoursLimit,
            HoursPerWeek = WeeklyHours.Create(8, WorkAuthorisations.StudentMaxHoursPerWeek),
        }, Now);

        candidate.HoursPerWeek!.Max.ShouldBe(16);
    }

    [Fact]
    public void UpdateProfile_OthersMayWorkFullTime()
    {
        var candidate = NewCandidate();

        candidate.UpdateProfile(Minimal() with
        {
            WorkAuthorisation = WorkAuthorisation.ResidencePermitFreeAccess,
            HoursPerWeek = WeeklyHours.Create(32, 40),
        }, Now);

        candidate.HoursPerWeek!.Max.ShouldBe(40);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 41)]
    [InlineData(30, 20)]
    public void WeeklyHours_OutOfRangeOrReversed_BreaksRule(int min, int max) =>
        Should.Throw<BusinessRuleException>(() => WeeklyHours.Create(min, max)).BrokenRule.Code.ShouldBe("WeeklyHoursRange");

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 40)]
    [InlineData(40, 40)]
    public void WeeklyHours_WithinRange_IsCreated(int min, int max) =>
        WeeklyHours.Create(min, max).ShouldBe(WeeklyHours.Create(min, max));
}
