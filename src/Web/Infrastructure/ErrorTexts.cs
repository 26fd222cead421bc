using System.Globalization;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

/// <summary>Titles of error responses in the request's language.</summary>
public static class ErrorTexts
{
    private static bool Dutch => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl";

    public static string ValidationTitle => Dutch ? "Controleer de invoer." : "Please check the input.";

    public static string RuleTitle => Dutch ? "Dit kan niet." : "This is not possible.";

    public static string NotFoundTitle => Dutch ? "Niet gevonden." : "Not found.";

    public static string ForbiddenTitle => Dutch ? "U mag dit niet doen." : "You may not do this.";

    /// <summary>A form value that does not fit its field (letters in a number field, an impossible date).</summary>
    public static string ValueNotValid => Dutch ? "Deze waarde is niet geldig." : "This value is not valid.";

    public static string BadRequestTitle => Dutch ? "Het verzoek is niet leesbaar." : "The request could not be read.";

    /// <summary>The rule's message in the user's language, or its English text when no translation exists.</summary>
    public static string ForRule(IBusinessRule rule)
    {
        var text = Messages.Get(rule.Code);
        return text == rule.Code ? rule.Message : text;
    }
}
