using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Domain.UnitTests.Qualifications;

public sealed class QualificationTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData(" PL ")]
    [InlineData("uk")]
    [InlineData("ar")]
    public void LanguageCode_KnownIso6391_IsAccepted(string code) =>
        LanguageCode.Create(code).Value.ShouldBe(code.Trim().ToLowerInvariant());

    [Theory]
    [InlineData("")]
    [InlineData("nld")]
    [InlineData("xx")]
    [InlineData("n1")]
    public void LanguageCode_Unknown_BreaksRule(string code) =>
        Should.Throw<BusinessRuleException>(() => LanguageCode.Create(code)).BrokenRule.Code.ShouldBe("LanguageCodeUnknown");

    [Fact]
    public void LanguageSkill_MeetsOnlyTheSameLanguageAtOrAboveTheLevel()
    {
        var dutchB2 = new LanguageSkill(LanguageCode.Dutch, CefrLevel.B2);

        dutchB2.Meets(new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1)).ShouldBeTrue();
        dutchB2.Meets(new LanguageSkill(LanguageCode.Dutch, CefrLevel.B2)).ShouldBeTrue();
        dutchB2.Meets(new LanguageSkill(LanguageCode.Dutch, CefrLevel.C1)).ShouldBeFalse();
        dutchB2.Meets(new LanguageSkill(LanguageCode.English, CefrLevel.A1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(EducationLevel.Mbo4, EducationLevel.HavoVwo, true)]
    [InlineData(EducationLevel.HboBachelor, EducationLevel.WoBachelor, true)]
    [InlineData(EducationLevel.Mbo2, EducationLevel.Mbo3, false)]
    [InlineData(EducationLevel.Master, EducationLevel.HboBachelor, true)]
    public void EducationLevel_ComparesOnEqf(EducationLevel held, EducationLevel required, bool meets) =>
        held.AtLeast(required).ShouldBe(meets);

    [Fact]
    public void ShippedCertificates_HaveUniqueCodesAndBothLanguages()
    {
        ShippedCertificates.All.Select(c => c.Code).Distinct().Count().ShouldBe(ShippedCertificates.All.Count);
        ShippedCertificates.All.ShouldAllBe(c => c.Shipped && c.NameEn.Length > 0 && c.NameNl.Length > 0);
        ShippedCertificates.All.Select(c => c.Code.Value).ShouldContain("VCA-BASIS");
    }

    [Fact]
    public void WorkAuthorisation_OnlyHighlySkilledMigrantNeedsSponsor() =>
        Enum.GetValues<WorkAuthorisation>().Where(a => a.NeedsSponsor())
            .ShouldBe([WorkAuthorisation.NeedsSponsorHighlySkilledMigrant]);
}
