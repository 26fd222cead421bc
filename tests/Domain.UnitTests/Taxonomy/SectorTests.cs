using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.UnitTests.Taxonomy;

public sealed class SectorTests
{
    [Fact]
    public void All_FourSectorsWithStableCodes() =>
        Sector.All.Select(s => s.Code).ShouldBe(["education", "healthcare", "construction", "energy_transition"]);

    [Theory]
    [InlineData("energy_transition")]
    [InlineData(" Energy_Transition ")]
    public void FromCode_KnownCodeAnyCase_ReturnsSector(string code) =>
        Sector.FromCode(code).ShouldBeSameAs(Sector.EnergyTransition);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("energy")]
    public void FromCode_Unknown_ReturnsNull(string? code) =>
        Sector.FromCode(code).ShouldBeNull();

    [Fact]
    public void CodeMaxLength_FitsEveryCode() =>
        Sector.All.Max(s => s.Code.Length).ShouldBeLessThanOrEqualTo(Sector.CodeMaxLength);
}
