using TalentMatch.Domain.Common;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.UnitTests.Taxonomy;

public sealed class OccupationUriTests
{
    private const string Welder = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    [Fact]
    public void Create_EscoOccupationUri_KeepsValue() =>
        OccupationUri.Create($"  {Welder} ").Value.ShouldBe(Welder);

    [Fact]
    public void FromId_Uuid_AddsOccupationPrefix() =>
        OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b").ShouldBe(OccupationUri.Create(Welder));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://data.europa.eu/esco/occupation/")]
    [InlineData("http://data.europa.eu/esco/skill/7aedaa07-3884-4c5b-88f9-80997b2aa54b")]
    [InlineData("https://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b")]
    [InlineData("http://data.europa.eu/esco/occupation/7aedaa07/extra")]
    [InlineData("http://data.europa.eu/esco/occupation/welder?x=1")]
    public void Create_NotAnOccupationUri_BreaksFormatRule(string? value) =>
        Should.Throw<BusinessRuleException>(() => OccupationUri.Create(value)).BrokenRule.Code.ShouldBe("EscoUriFormat");

    [Fact]
    public void Create_LongerThanMax_BreaksFormatRule() =>
        Should.Throw<BusinessRuleException>(() => OccupationUri.Create(OccupationUri.Prefix + new string('a', EscoUri.MaxLength)));

    [Fact]
    public void TryCreate_Invalid_ReturnsFalseAndDefault()
    {
        OccupationUri.TryCreate("welder", out var uri).ShouldBeFalse();
        uri.ShouldBe(default);
    }

    [Fact]
    public void TryCreate_Valid_ReturnsTrue()
    {
        OccupationUri.TryCreate(Welder, out var uri).ShouldBeTrue();
        uri.ToString().ShouldBe(Welder);
    }

    [Fact]
    public void Equality_SameUri_Equal() =>
        (OccupationUri.Create(Welder) == OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b")).ShouldBeTrue();
}
