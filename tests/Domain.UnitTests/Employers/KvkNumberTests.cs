using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Domain.UnitTests.Employers;

public sealed class KvkNumberTests
{
    [Theory]
    [InlineData("12345678", "12345678")]
    [InlineData("1234 5678", "12345678")]
    [InlineData("12.34.56.78", "12345678")]
    [InlineData("01234567", "01234567")]
    public void Create_WithEightDigits_KeepsOnlyTheDigits(string input, string expected) =>
        KvkNumber.Create(input).Value.ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData("١٢٣٤٥٦٧٨")] // Arabic-Indic digits are digits to char.IsDigit, not to the KvK
    public void Create_WithoutEightDigits_BreaksRule(string? input)
    {
        var exception = Should.Throw<BusinessRuleException>(() => KvkNumber.Create(input));
        exception.BrokenRule.Code.ShouldBe("KvkNumberFormat");
        KvkNumber.IsValid(input).ShouldBeFalse();
    }
}
