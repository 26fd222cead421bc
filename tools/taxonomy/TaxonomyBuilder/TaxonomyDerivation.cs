namespace TalentMatch.Tools.Taxonomy;

/// <summary>Derives every product file from the ESCO CSVs; see tools/taxonomy/README.md for the format.</summary>
internal static class TaxonomyDerivation
{
    public static IReadOnlyList<TsvTable> Derive(IEscoSource source, DerivationReport report)
    {
        var occupationRows = source.ReadRequired("occupations_en.csv");
        var skillRows = source.ReadRequired("skills_en.csv");
        var occupations = ConceptTables.Occupations(occupationRows);
        var skills = ConceptTables.Skills(skillRows);
        var occupationIds = occupations.Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var skillIds = skills.Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        report.Note($"occupations_en.csv: {occupationIds.Count} occupations; skills_en.csv: {skillIds.Count} skills.");

        return
        [
            occupations,
            LabelTable.Build(TaxonomyFiles.OccupationLabels, source, "occupations", TaxonomyLanguages.Occupations,
                occupationIds, report),
            skills,
            LabelTable.Build(TaxonomyFiles.SkillLabels, source, "skills", TaxonomyLanguages.Skills, skillIds, report),
            RelationTables.OccupationSkills(source.ReadRequired("occupationSkillRelations.csv"), occupationIds,
                skillIds, report),
            RelationTables.Broader(source.ReadRequired("broaderRelationsOccPillar.csv"), occupationIds, report),
            ClassificationTables.IscoGroups(source, report),
            ClassificationTables.OccupationSectors(source.ReadRequired("sector_occupations.csv"), occupationIds,
                report),
        ];
    }
}
