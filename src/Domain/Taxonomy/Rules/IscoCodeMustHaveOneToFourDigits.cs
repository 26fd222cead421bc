using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Taxonomy.Rules;

public sealed class IscoCodeMustHaveOneToFourDigits(string value) : IBusinessRule
{
    public bool IsBroken() => value.Length is < 1 or > IscoCode.UnitGroupLength || !value.All(char.IsAsciiDigit);

    public string Code => "IscoCodeFormat";

    public string Message => "An ISCO-08 group code has 1 to 4 digits.";
}
