using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Web.Infrastructure;

/// <summary>The options of the vacancy and organisation forms, and the names of stored choices, in the user's language.</summary>
public sealed class VacancyChoices(IStringLocalizer<VacancyTexts> texts)
{
    /// <summary>Languages offered in forms; any ISO 639-1 code is accepted through the API.</summary>
    public static IReadOnlyList<string> LanguageCodes { get; } =
        ["nl", "en", "de", "fr", "es", "pt", "it", "pl", "ro", "bg", "uk", "ru", "tr", "ar", "ti", "fa", "hi", "zh"];

    public string Text(string group, string? value) =>
        value is null ? string.Empty : texts[$"{group}.{value}"] is { ResourceNotFound: false } found ? found.Value : value;

    public IReadOnlyList<SelectListItem> Sectors() => [.. Sector.All.Select(s => Item(s.Code, Text("Sector", s.Code)))];

    public IReadOnlyList<SelectListItem> ContractTypes() => Items<ContractType>("ContractType");

    public IReadOnlyList<SelectListItem> WorkModes() => Items<WorkMode>("WorkMode");

    public IReadOnlyList<SelectListItem> EducationLevels() => Items<EducationLevel>("EducationLevel");

    public IReadOnlyList<SelectListItem> CefrLevels() => [.. Enum.GetNames<CefrLevel>().Select(n => Item(n, n))];

    public IReadOnlyList<SelectListItem> Languages() => [.. LanguageCodes.Select(c => Item(c, Text("Language", c)))];

    public IReadOnlyList<SelectListItem> SkillRelations() => Items<SkillRelation>("Relation");

    private IReadOnlyList<SelectListItem> Items<T>(string group) where T : struct, Enum =>
        [.. Enum.GetNames<T>().Select(n => Item(n, Text(group, n)))];

    private static SelectListItem Item(string value, string text) => new(text, value);
}
