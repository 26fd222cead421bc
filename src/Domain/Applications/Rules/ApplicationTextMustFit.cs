using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>Motivations, messages and notes: plain text within their length, and messages and notes not empty.</summary>
public sealed class ApplicationTextMustFit(string name, string text, int maxLength, bool required) : IBusinessRule
{
    public bool IsBroken() => text.Length > maxLength || (required && text.Length == 0);

    public string Code => "ApplicationTextDoesNotFit";

    public string Message => $"{name} must be {(required ? "filled in and " : string.Empty)}at most {maxLength} characters.";
}
