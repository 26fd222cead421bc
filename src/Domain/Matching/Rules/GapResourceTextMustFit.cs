using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Matching.Rules;

/// <summary>Titles are required in both languages (a candidate sees one of them); descriptions may be empty.</summary>
public sealed class GapResourceTextMustFit(string fieldName, string value, int maxLength, bool required) : IBusinessRule
{
    public bool IsBroken() => value.Length > maxLength || (required && value.Length == 0);

    public string Code => "GapResourceTextLength";

    public string Message => required
        ? $"{fieldName} is required and has at most {maxLength} characters."
        : $"{fieldName} has at most {maxLength} characters.";
}
