using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class LanguagesMustNotExceedLimit(int count) : IBusinessRule
{
    public bool IsBroken() => count > Candidate.MaxLanguages;

    public string Code => "TooManyLanguages";

    public string Message => "A profile has at most 10 languages.";
}
