namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Field names of the candidate index, shared by the mapping, the document and the queries.</summary>
public static class CandidateFields
{
    public const string Id = "id";
    public const string Version = "version";
    public const string Sectors = "sectors";
    public const string OccupationUris = "occupationUris";
    public const string IscoGroups = "iscoGroups";
    public const string OccupationLabels = "occupationLabels";
    public const string SkillUris = "skillUris";
    public const string SkillLabels = "skillLabels";
    public const string Languages = "languages";
    public const string Certificates = "certificates";
    public const string EducationLevel = "educationLevel";
    public const string NeedsSponsor = "needsSponsor";
    public const string HoursPerWeek = "hoursPerWeek";
    public const string AvailableFrom = "availableFrom";
    public const string PlaceName = "placeName";
    public const string Location = "location";
    public const string MaxCommuteKm = "maxCommuteKm";
    public const string WillingToRelocate = "willingToRelocate";
    public const string UpdatedAt = "updatedAt";
}
