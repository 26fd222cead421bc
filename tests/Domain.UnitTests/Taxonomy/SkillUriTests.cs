using TalentMatch.Domain.Common;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.UnitTests.Taxonomy;

public sealed class SkillUriTests
{
    private const string Id = "0005c151-5b5a-4a66-8aac-60e734beb1ab";

    [Fact]
    public void FromId_Uuid_AddsSkillPrefix() =>
        SkillUri.FromId(Id).Value.ShouldBe("http://data.europa.eu/esco/skill/" + Id);

    [Fact]
    public void Create_OccupationUri_BreaksFormatRule() =>
        Should.Throw<BusinessRuleException>(() => SkillUri.Create(OccupationUri.Prefix + Id));

    [Fact]
    public void TryCreate_SkillUri_ReturnsTrue() =>
        SkillUri.TryCreate(SkillUri.Prefix + Id, out _).ShouldBeTrue();
}
