using System.Globalization;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Qualifications.Rules;

public sealed class LanguageCodeMustBeIso6391(string value) : IBusinessRule
{
    public bool IsBroken() => value.Length != LanguageCode.Length || !value.All(char.IsAsciiLetterLower) || !IsKnown();

    public string Code => "LanguageCodeUnknown";

    public string Message => "Choose a language from the list.";

    private bool IsKnown()
    {
        try
        {
            // .NET knows the ISO 639-1 languages as neutral cultures; an unknown two-letter code is not one.
            var culture = CultureInfo.GetCultureInfo(value, predefinedOnly: true);
            return culture.TwoLetterISOLanguageName == value;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
