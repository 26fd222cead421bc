using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

public sealed class KvkNumberMustHaveEightDigits(string value) : IBusinessRule
{
    public bool IsBroken() => value.Length != KvkNumber.Length || !value.All(char.IsAsciiDigit);

    public string Code => "KvkNumberFormat";

    public string Message => "A KvK number has exactly 8 digits.";
}
