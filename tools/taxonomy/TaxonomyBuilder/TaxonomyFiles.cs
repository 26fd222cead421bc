namespace TalentMatch.Tools.Taxonomy;

/// <summary>Names of the product files; src/Infrastructure/Taxonomy reads the same names.</summary>
internal static class TaxonomyFiles
{
    public const string Occupations = "occupations.tsv.gz";
    public const string OccupationLabels = "occupation-labels.tsv.gz";
    public const string Skills = "skills.tsv.gz";
    public const string SkillLabels = "skill-labels.tsv.gz";
    public const string OccupationSkills = "occupation-skills.tsv.gz";
    public const string OccupationBroader = "occupation-broader.tsv";
    public const string IscoGroups = "isco-groups.tsv";
    public const string OccupationSectors = "occupation-sectors.tsv";
}
