using TalentMatch.Application.Search;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.UnitTests.Search;

public sealed class LanguageRequirementTests
{
    [Theory]
    [InlineData("nl:B1")]
    [InlineData("en:C2")]
    [InlineData("pl:A1")]
    [InlineData("ar:A2")]
    public void IsValid_CodeAndLevel_IsTrue(string value) => LanguageRequirement.IsValid(value).ShouldBeTrue();

    [Theory]
    [InlineData("xx:B1")]
    [InlineData("nl:D9")]
    [InlineData("nl:C3")]
    [InlineData("nl")]
    [InlineData("nl:")]
    [InlineData(":B1")]
    [InlineData("nl:1")]
    [InlineData("nl:3")]
    [InlineData("nl: B1")]
    [InlineData("nl:B1:C1")]
    [InlineData("dutch:B1")]
    [InlineData("")]
    public void IsValid_Malformed_IsFalse(string value) => LanguageRequirement.IsValid(value).ShouldBeFalse();

    [Fact]
    public void Parse_ValidValue_GivesLowerCaseCodeAndLevel() =>
        LanguageRequirement.Parse("nl:B1").ShouldBe(("nl", CefrLevel.B1));

    [Fact]
    public void Format_LanguageSkill_IsCodeColonLevel() =>
        LanguageRequirement.Format(new LanguageSkill(LanguageCode.Create("pl"), CefrLevel.C1)).ShouldBe("pl:C1");

    [Theory]
    [InlineData("nl:A1")]
    [InlineData("en:B2")]
    [InlineData("uk:C2")]
    public void Format_OfParsed_GivesTheValueBack(string value)
    {
        var (language, level) = LanguageRequirement.Parse(value);

        LanguageRequirement.Format(new LanguageSkill(LanguageCode.Create(language), level)).ShouldBe(value);
    }
}
