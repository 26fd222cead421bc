using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>The ISO 639-1 languages .NET knows, named in the user's language (e.g. "Pools" in Dutch), Dutch and English first.</summary>
public static class LanguageChoices
{
    private static readonly string[] Codes = [.. CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.Name).Where(name => name.Length == LanguageCode.Length && LanguageCode.IsValid(name)).Distinct()];

    public static IReadOnlyList<SelectListItem> Items()
    {
        var culture = CultureInfo.CurrentUICulture;
        var sorted = Codes.Select(code => new SelectListItem(NameOf(code), code))
            .OrderBy(item => item.Text, StringComparer.Create(culture, ignoreCase: true));
        return [.. sorted.Where(IsDutchOrEnglish), .. sorted.Where(i => !IsDutchOrEnglish(i))];
    }

    public static string NameOf(string code) =>
        LanguageCode.IsValid(code) ? CultureInfo.GetCultureInfo(code).DisplayName : code;

    private static bool IsDutchOrEnglish(SelectListItem item) => item.Value is "nl" or "en";
}
