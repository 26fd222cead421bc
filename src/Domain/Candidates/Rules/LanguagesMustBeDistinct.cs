using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class LanguagesMustBeDistinct(IEnumerable<LanguageSkill> languages) : IBusinessRule
{
    public bool IsBroken() => languages.GroupBy(l => l.Language).Any(g => g.Count() > 1);

    public string Code => "DuplicateLanguage";

    public string Message => "Each language once, with your level in it.";
}
