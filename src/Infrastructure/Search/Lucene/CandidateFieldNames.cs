namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>The fields of a candidate in the Lucene index.</summary>
internal static class CandidateFieldNames
{
    public const string OccupationLabels = "occupation_labels";
    public const string SkillLabels = "skill_labels";

    public const string Sector = "sector";
    public const string OccupationUri = "occupation_uri";
    public const string IscoGroup = "isco_group";
    public const string SkillUri = "skill_uri";
    public const string Language = "language";
    public const string Certificate = "certificate";
    public const string EducationLevel = "education";
    public const string NeedsSponsor = "needs_sponsor";
    public const string WillingToRelocate = "relocate";

    public const string Hours = "hours";
    public const string AvailableFrom = "available_from";
    public const string MaxCommuteKm = "max_commute_km";
    public const string Updated = "updated";
    public const string Latitude = "lat";
    public const string Longitude = "lon";
}
