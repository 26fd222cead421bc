using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using static TalentMatch.Domain.UnitTests.Candidates.ProfileExamples;

namespace TalentMatch.Domain.UnitTests.Candidates;

public sealed class CandidateProfileTests
{
    [Fact]
    public void Register_StartsWithAnEmptyProfile_HiddenAndWithoutStatisticsConsent()
    {
        var candidate = NewCandidate();

        candidate.DesiredOccupations.ShouldBeEmpty();
        candidate.VisibleToEmployers.ShouldBeFalse();
        candidate.ConsentsToStatistics.ShouldBeFalse();
        candidate.ProfileUpdatedAt.ShouldBeNull();
    }

    [Fact]
    public void UpdateProfile_Valid_ReplacesEverythingAndStampsTheTime()
    {
        var candidate = NewCandidate();
        candidate.UpdateProfile(Full(), Now);

        candidate.UpdateProfile(Minimal() with { VisibleToEmployers = true }, Now.AddDays(1));

        candidate.Skills.ShouldBeEmpty();
        candidate.Languages.ShouldBeEmpty();
        candidate.Home.ShouldBeNull();
        candidate.VisibleToEmployers.ShouldBeTrue();
        candidate.ConsentsToStatistics.ShouldBeFalse();
        candidate.ProfileUpdatedAt.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public void UpdateProfile_RepeatedOccupationsSkillsAndCertificates_CountOnce()
    {
        var candidate = NewCandidate();
        var vca = CertificateCode.Create("VCA-BASIS");

        candidate.UpdateProfile(Minimal() with
        {
            DesiredOccupations = [Welder, Welder],
            Skills = [Skill(1), Skill(1), Skill(2)],
            Certificates = [vca, CertificateCode.Create("vca-basis")],
        }, Now);

        candidate.DesiredOccupations.ShouldBe([Welder]);
        candidate.Skills.ShouldBe([Skill(1), Skill(2)]);
        candidate.Certificates.ShouldBe([vca]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void UpdateProfile_NoneOrMoreThanFiveOccupations_BreaksRule(int count)
    {
        var details = Minimal() with { DesiredOccupations = [.. Enumerable.Range(1, count).Select(Occupation)] };

        Should.Throw<BusinessRuleException>(() => NewCandidate().UpdateProfile(details, Now))
            .BrokenRule.Code.ShouldBe("DesiredOccupationsCount");
    }

    [Fact]
    public void UpdateProfile_FiveOccupationsAndHundredSkills_AreAllowed()
    {
        var candidate = NewCandidate();

        candidate.UpdateProfile(Minimal() with
        {
            DesiredOccupations = [.. Enumerable.Range(1, 5).Select(Occupation)],
            Skills = [.. Enumerable.Range(1, Candidate.MaxSkills).Select(Skill)],
        }, Now);

        candidate.Skills.Count.ShouldBe(100);
    }

    [Fact]
    public void UpdateProfile_MoreThanHundredSkills_BreaksRule() =>
        Should.Throw<BusinessRuleException>(() => NewCandidate().UpdateProfile(
                Minimal() with { Skills = [.. Enumerable.Range(1, 101).Select(Skill)] }, Now))
            .BrokenRule.Code.ShouldBe("TooManySkills");

    [Fact]
    public void UpdateProfile_SameLanguageTwice_BreaksRule() =>
        Should.Throw<BusinessRuleException>(() => NewCandidate().UpdateProfile(Minimal() with
            {
                Languages = [Language("nl", CefrLevel.A2), Language("NL", CefrLevel.B1)],
            }, Now))
            .BrokenRule.Code.ShouldBe("DuplicateLanguage");

    [Fact]
    public void UpdateProfile_MoreThanTenLanguages_BreaksRule()
    {
        string[] codes = ["nl", "en", "de", "fr", "es", "pl", "uk", "ar", "tr", "fa", "so"];

        Should.Throw<BusinessRuleException>(() => NewCandidate().UpdateProfile(
                Minimal() with { Languages = [.. codes.Select(c => Language(c, CefrLevel.B1))] }, Now))
            .BrokenRule.Code.ShouldBe("TooManyLanguages");
    }

    [Fact]
    public void UpdateProfile_MoreThanThirtyCertificates_BreaksRule() =>
        Should.Throw<BusinessRuleException>(() => NewCandidate().UpdateProfile(Minimal() with
            {
                Certificates = [.. Enumerable.Range(1, 31).Select(i => CertificateCode.Create($"C{i}"))],
            }, Now))
            .BrokenRule.Code.ShouldBe("TooManyCertificates");
}
