using TalentMatch.Domain.Common;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.UnitTests.Taxonomy;

public sealed class IscoCodeTests
{
    [Theory]
    [InlineData("0", 1)]
    [InlineData("01", 2)]
    [InlineData("721", 3)]
    [InlineData("7212", 4)]
    public void Create_OneToFourDigits_HasLevel(string value, int level) =>
        IscoCode.Create(value).Level.ShouldBe(level);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("72125")]
    [InlineData("72a")]
    [InlineData("C7212")]
    public void Create_NotOneToFourDigits_BreaksFormatRule(string? value) =>
        Should.Throw<BusinessRuleException>(() => IscoCode.Create(value)).BrokenRule.Code.ShouldBe("IscoCodeFormat");

    [Fact]
    public void Parent_UnitGroup_IsMinorGroup() =>
        IscoCode.Create("7212").Parent.ShouldBe(IscoCode.Create("721"));

    [Fact]
    public void Parent_MajorGroup_IsNull() =>
        IscoCode.Create("7").Parent.ShouldBeNull();

    [Fact]
    public void IsWithin_Ancestor_True() =>
        IscoCode.Create("7212").IsWithin(IscoCode.Create("72")).ShouldBeTrue();

    [Fact]
    public void IsWithin_OtherBranch_False() =>
        IscoCode.Create("7212").IsWithin(IscoCode.Create("71")).ShouldBeFalse();

    [Fact]
    public void IsUnitGroup_FourDigits_True() =>
        IscoCode.Create("2221").IsUnitGroup.ShouldBeTrue();

    [Fact]
    public void TryCreate_Invalid_ReturnsFalse() =>
        IscoCode.TryCreate("x", out _).ShouldBeFalse();
}
