using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Web.Pages.Employer.Vacancies;

/// <summary>The vacancy form. Skills and languages are rows; an empty row (no relation, no language) is left out.</summary>
public sealed class VacancyInput
{
    public const int LanguageRows = 3;

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Sector { get; set; } = string.Empty;

    /// <summary>The occupation search text (and, once chosen, the occupation's label).</summary>
    public string OccupationQuery { get; set; } = string.Empty;

    public string OccupationUri { get; set; } = string.Empty;

    public string OccupationLabel { get; set; } = string.Empty;

    public List<SkillRow> Skills { get; set; } = [];

    public List<LanguageRow> Languages { get; set; } = [];

    public string EducationLevel { get; set; } = string.Empty;

    public bool DiplomaRecognitionRequired { get; set; }

    public bool BigRegistrationRequired { get; set; }

    public List<string> Certificates { get; set; } = [];

    public int? HoursMin { get; set; }

    public int? HoursMax { get; set; }

    public string ContractType { get; set; } = string.Empty;

    public int? SalaryFrom { get; set; }

    public int? SalaryTo { get; set; }

    public string Place { get; set; } = string.Empty;

    public string WorkMode { get; set; } = string.Empty;

    public bool VisaSponsorship { get; set; }

    public bool RelocationSupport { get; set; }

    public bool HousingSupport { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? ClosingDate { get; set; }

    public static VacancyInput From(VacancyDto v) => new()
    {
        Title = v.Title, Description = v.Description, Sector = v.Sector ?? string.Empty,
        OccupationUri = v.Occupation?.Uri ?? string.Empty, OccupationLabel = v.Occupation?.Label ?? string.Empty,
        OccupationQuery = v.Occupation?.Label ?? string.Empty,
        Skills = [.. v.Skills.Select(s => new SkillRow { Uri = s.Uri, Label = s.Label, Relation = s.Relation })],
        Languages = [.. v.Languages.Select(l => new LanguageRow { Language = l.Language ?? string.Empty, Level = l.Level ?? string.Empty })],
        EducationLevel = v.EducationLevel ?? string.Empty, DiplomaRecognitionRequired = v.DiplomaRecognitionRequired,
        BigRegistrationRequired = v.BigRegistrationRequired, Certificates = [.. v.Certificates.Select(c => c.Code)],
        HoursMin = v.HoursMin, HoursMax = v.HoursMax, ContractType = v.ContractType ?? string.Empty,
        SalaryFrom = v.SalaryFrom, SalaryTo = v.SalaryTo, Place = v.Place ?? string.Empty,
        WorkMode = v.WorkMode ?? string.Empty, VisaSponsorship = v.VisaSponsorship,
        RelocationSupport = v.RelocationSupport, HousingSupport = v.HousingSupport, StartDate = v.StartDate,
        ClosingDate = v.ClosingDate,
    };

    /// <summary>The fields for the use case, and where each sent row's errors belong on the form.</summary>
    public (VacancyFields Fields, Dictionary<string, string> FieldMap) ToFields()
    {
        var map = new Dictionary<string, string> { ["OccupationUri"] = nameof(OccupationQuery) };
        var skills = Skills.Select((s, i) => (Row: s, Index: i)).Where(s => !string.IsNullOrEmpty(s.Row.Relation)).ToList();
        var languages = Languages.Select((l, i) => (Row: l, Index: i)).Where(l => !string.IsNullOrEmpty(l.Row.Language)).ToList();
        for (var sent = 0; sent < skills.Count; sent++)
        {
            map[$"Skills[{sent}].Uri"] = map[$"Skills[{sent}].Relation"] = $"Skills[{skills[sent].Index}].Relation";
        }

        for (var sent = 0; sent < languages.Count; sent++)
        {
            map[$"Languages[{sent}].Language"] = $"Languages[{languages[sent].Index}].Language";
            map[$"Languages[{sent}].Level"] = $"Languages[{languages[sent].Index}].Level";
        }

        var fields = new VacancyFields(Title, Description, Empty(Sector), Empty(OccupationUri),
            [.. skills.Select(s => new SkillRequirement(s.Row.Uri, s.Row.Relation))],
            [.. languages.Select(l => new LanguageRequirement(l.Row.Language, l.Row.Level))],
            Empty(EducationLevel), DiplomaRecognitionRequired, BigRegistrationRequired,
            [.. Certificates.Where(c => !string.IsNullOrWhiteSpace(c))], HoursMin, HoursMax, Empty(ContractType),
            SalaryFrom, SalaryTo, Empty(Place), Empty(WorkMode), VisaSponsorship, RelocationSupport, HousingSupport,
            StartDate, ClosingDate);
        return (fields, map);
    }

    public void PadLanguages()
    {
        while (Languages.Count < LanguageRows)
        {
            Languages.Add(new LanguageRow());
        }
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class SkillRow
{
    public string Uri { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    /// <summary>Essential, Optional, or empty for "not needed".</summary>
    public string Relation { get; set; } = string.Empty;
}

public sealed class LanguageRow
{
    public string Language { get; set; } = string.Empty;

    public string Level { get; set; } = string.Empty;
}
