namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>The fields of a vacancy in the Lucene index.</summary>
internal static class VacancyFieldNames
{
    /// <summary>Title and description in the folded (any-language) analysis; also stored, for snippets.</summary>
    public const string Title = "title";
    public const string Description = "description";
    public const string TitleDutch = "title_nl";
    public const string DescriptionDutch = "description_nl";
    public const string TitleEnglish = "title_en";
    public const string DescriptionEnglish = "description_en";
    public const string TextLanguage = "text_language";
    public const string Employer = "employer";
    public const string OccupationLabels = "occupation_labels";
    public const string SkillLabels = "skill_labels";

    public const string Sector = "sector";
    public const string OccupationUri = "occupation_uri";
    public const string IscoGroup = "isco_group";
    public const string OccupationGroup = "occupation_group";
    public const string SkillUri = "skill_uri";
    public const string Language = "language";
    public const string Certificate = "certificate";
    public const string Contract = "contract";
    public const string WorkMode = "work_mode";
    public const string VisaSponsorship = "visa";
    public const string Housing = "housing";
    public const string Relocation = "relocation";

    public const string HoursMin = "hours_min";
    public const string HoursMax = "hours_max";
    public const string SalaryTo = "salary_to";
    public const string Published = "published";
    public const string Closing = "closing";
    public const string Latitude = "lat";
    public const string Longitude = "lon";

    public const string Remote = "Remote";

    /// <summary>Closing "day" of a vacancy without closing date: never before any today.</summary>
    public const int NeverCloses = 99991231;
}
