using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>
/// The options of the profile's choice fields: the enum name the use case takes, and the English text people see
/// (Dutch in Resources/SharedResource.nl.resx; a test checks every one is there).
/// </summary>
public static class ProfileChoices
{
    public static IReadOnlyList<Choice> EducationLevels { get; } =
    [
        new("None", "No diploma"), new("Mbo1", "MBO level 1, entry level (EQF 1)"), new("Mbo2", "MBO level 2 (EQF 2)"),
        new("Mbo3", "MBO level 3 (EQF 3)"), new("Mbo4", "MBO level 4 (EQF 4)"),
        new("HavoVwo", "HAVO or VWO, senior secondary school (EQF 4)"), new("AssociateDegree", "Associate degree (EQF 5)"),
        new("HboBachelor", "Bachelor, university of applied sciences (EQF 6)"),
        new("WoBachelor", "Bachelor, research university (EQF 6)"), new("Master", "Master (EQF 7)"),
        new("Doctorate", "Doctorate, PhD (EQF 8)"),
    ];

    public static IReadOnlyList<Choice> RecognitionStatuses { get; } =
    [
        new("None", "Not evaluated, or a Dutch diploma"), new("InProgress", "Evaluation in progress"),
        new("Recognised", "Evaluated"),
    ];

    public static IReadOnlyList<Choice> RecognitionBodies { get; } =
    [
        new("IdwNuffic", "IDW (Nuffic): higher and general education"), new("Duo", "DUO: vocational education (MBO)"),
        new("Other", "Another organisation"),
    ];

    public static IReadOnlyList<Choice> BigRegistrations { get; } =
    [
        new("NotApplicable", "Not needed for the work I want"), new("NotRegistered", "Not registered"),
        new("InProgress", "Registration in progress"), new("Registered", "Registered"),
    ];

    public static IReadOnlyList<Choice> WorkAuthorisations { get; } =
    [
        new("EuEeaOrSwissCitizen", "Citizen of the EU, the EEA or Switzerland"),
        new("ResidencePermitFreeAccess", "Residence permit with free access to work"),
        new("RefugeeStatusHolder", "Residence permit as a refugee (status holder)"),
        new("StudentWithHoursLimit", "Student residence permit: at most 16 hours a week"),
        new("NeedsSponsorHighlySkilledMigrant", "I need an employer who sponsors a highly skilled migrant permit"),
        new("Other", "Other"),
    ];

    public static IReadOnlyList<Choice> HousingNeeds { get; } =
    [
        new("None", "I have a place to live"), new("NeedsHousing", "I need a place to live"),
        new("NeedsTemporaryHousing", "I need temporary housing to start"),
    ];

    public static IReadOnlyList<Choice> Groups { get; } =
    [
        new("KnowledgeMigrant", "Knowledge migrant (highly skilled migrant)"),
        new("EuWorker", "Worker from another EU country"),
        new("Student", "Student"),
        new("RefugeeStatusHolder", "Refugee with a residence permit (status holder)"),
        new("PartnerOfInternational", "Partner of an international"),
        new("Other", "Something else"),
    ];

    public static IReadOnlyList<Choice> CefrLevels { get; } =
    [
        new("A1", "A1 beginner"), new("A2", "A2 elementary"), new("B1", "B1 intermediate"),
        new("B2", "B2 upper intermediate"), new("C1", "C1 advanced"), new("C2", "C2 proficient"),
    ];

    public static IReadOnlyList<Choice> Sections { get; } =
    [
        new("Occupations", "The work you want"), new("Skills", "Skills"), new("Languages", "Languages"),
        new("Education", "Education"), new("WorkAuthorisation", "Right to work"), new("Availability", "Availability"),
        new("Location", "Where you live"), new("Cv", "CV"),
    ];

    public static IEnumerable<Choice> All =>
        [.. EducationLevels, .. RecognitionStatuses, .. RecognitionBodies, .. BigRegistrations, .. WorkAuthorisations,
            .. HousingNeeds, .. Groups, .. CefrLevels, .. Sections];

    public static IReadOnlyList<SelectListItem> Items(this IReadOnlyList<Choice> choices, IStringLocalizer texts) =>
        [.. choices.Select(c => new SelectListItem(texts[c.Text], c.Value))];

    /// <summary>The text of a stored value in the user's language; null for no value.</summary>
    public static string? TextOf(this IReadOnlyList<Choice> choices, IStringLocalizer texts, string? value) =>
        value is null ? null : choices.FirstOrDefault(c => c.Value == value) is { } choice ? texts[choice.Text] : value;

    public sealed record Choice(string Value, string Text);
}
