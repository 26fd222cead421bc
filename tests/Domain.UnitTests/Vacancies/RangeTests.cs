using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Domain.UnitTests.Vacancies;

public sealed class RangeTests
{
    [Theory]
    [InlineData(2800, 3400, true)]
    [InlineData(3000, 3000, true)]
    [InlineData(100, 25000, true)]
    [InlineData(3400, 2800, false)]
    [InlineData(99, 3000, false)]
    [InlineData(3000, 25001, false)]
    [InlineData(0, 0, false)]
    [InlineData(-5, 3000, false)]
    public void SalaryRange_Bounds(int from, int to, bool valid)
    {
        SalaryRange.IsValid(from, to).ShouldBe(valid);
        if (!valid)
        {
            Should.Throw<BusinessRuleException>(() => SalaryRange.Create(from, to)).BrokenRule.Code.ShouldBe("SalaryRangeInvalid");
        }
    }

    [Fact]
    public void SalaryRange_Optional_NeedsBothOrNeither()
    {
        SalaryRange.CreateOptional(null, null).ShouldBeNull();
        Should.Throw<BusinessRuleException>(() => SalaryRange.CreateOptional(3000, null));
    }

    [Theory]
    [InlineData(32, 40, true)]
    [InlineData(1, 48, true)]
    [InlineData(0, 8, false)]
    [InlineData(40, 32, false)]
    [InlineData(36, 49, false)]
    public void HoursRange_Bounds(int min, int max, bool valid) => HoursRange.IsValid(min, max).ShouldBe(valid);
}
