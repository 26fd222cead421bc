namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Field names of the vacancy index, shared by the mapping, the document and the queries.</summary>
public static class VacancyFields
{
    public const string Id = "id";
    public const string Version = "version";
    public const string EmployerId = "employerId";
    public const string EmployerName = "employerName";
    public const string TextLanguage = "textLanguage";
    public const string TitleNl = "titleNl";
    public const string TitleEn = "titleEn";
    public const string DescriptionNl = "descriptionNl";
    public const string DescriptionEn = "descriptionEn";

    /// <summary>The multi-field under each title field, analysed language-neutrally (folded).</summary>
    public const string FoldedSuffix = ".folded";
    public const string Sector = "sector";
    public const string OccupationUri = "occupationUri";
    public const string IscoGroup = "iscoGroup";
    public const string OccupationGroup = "occupationGroup";
    public const string OccupationLabels = "occupationLabels";
    public const string EssentialSkillUris = "essentialSkillUris";
    public const string OptionalSkillUris = "optionalSkillUris";
    public const string SkillLabels = "skillLabels";
    public const string Languages = "languages";
    public const string Certificates = "certificates";
    public const string ContractType = "contractType";
    public const string WorkMode = "workMode";
    public const string HoursMin = "hoursMin";
    public const string HoursMax = "hoursMax";
    public const string SalaryFrom = "salaryFrom";
    public const string SalaryTo = "salaryTo";
    public const string PlaceName = "placeName";
    public const string Location = "location";
    public const string VisaSponsorship = "visaSponsorship";
    public const string HousingSupport = "housingSupport";
    public const string RelocationSupport = "relocationSupport";
    public const string PublishedAt = "publishedAt";
    public const string ClosingDate = "closingDate";

    /// <summary>The WorkMode value of a remote vacancy, which passes every distance filter.</summary>
    public const string RemoteWorkMode = "Remote";
}
