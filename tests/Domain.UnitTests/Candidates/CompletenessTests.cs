using TalentMatch.Domain.Candidates;
using static TalentMatch.Domain.UnitTests.Candidates.ProfileExamples;

namespace TalentMatch.Domain.UnitTests.Candidates;

public sealed class CompletenessTests
{
    [Fact]
    public void Completeness_NewCandidate_IsZeroWithEverySectionMissing()
    {
        var completeness = NewCandidate().Completeness();

        completeness.Percent.ShouldBe(0);
        completeness.Missing.ShouldBe(Enum.GetValues<ProfileSection>());
        completeness.IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void Completeness_MinimalProfile_CountsOnlyOccupations()
    {
        var candidate = NewCandidate();
        candidate.UpdateProfile(Minimal(), Now);

        var completeness = candidate.Completeness();

        completeness.Percent.ShouldBe(12);
        completeness.Missing.ShouldNotContain(ProfileSection.Occupations);
        completeness.Missing.ShouldContain(ProfileSection.Location);
    }

    [Fact]
    public void Completeness_FullProfileWithoutCv_MissesOnlyTheCv()
    {
        var candidate = NewCandidate();
        candidate.UpdateProfile(Full(), Now);

        var completeness = candidate.Completeness();

        completeness.Missing.ShouldBe([ProfileSection.Cv]);
        completeness.Percent.ShouldBe(87);
    }

    [Fact]
    public void Completeness_FullProfileWithCv_IsHundredPercent()
    {
        var candidate = NewCandidate();
        candidate.UpdateProfile(Full(), Now);
        candidate.ReplaceCv(Cv(), Now);

        var completeness = candidate.Completeness();

        completeness.Percent.ShouldBe(100);
        completeness.Missing.ShouldBeEmpty();
        completeness.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void Completeness_WillingToRelocateWithoutHome_CountsAsLocation()
    {
        var candidate = NewCandidate();
        candidate.UpdateProfile(Minimal() with { WillingToRelocate = true }, Now);

        candidate.Completeness().Missing.ShouldNotContain(ProfileSection.Location);
    }
}
