namespace TalentMatch.Tools.Taxonomy;

/// <summary>Occupation–skill links and the occupation hierarchy, limited to concepts the product has.</summary>
internal static class RelationTables
{
    private static readonly string[] RelationTypes = ["essential", "optional"];

    public static TsvTable OccupationSkills(IReadOnlyList<EscoRow> relations, IReadOnlySet<string> occupations,
        IReadOnlySet<string> skills, DerivationReport report)
    {
        var rows = new List<string[]>();
        var skipped = 0;
        foreach (var relation in relations)
        {
            var occupation = relation.IdOf("occupationUri");
            var skill = relation.IdOf("skillUri");
            var type = relation["relationType"].Trim();
            if (!RelationTypes.Contains(type))
            {
                throw new InvalidDataException($"Unknown relationType '{type}' for {relation["occupationUri"]}.");
            }

            if (occupations.Contains(occupation) && skills.Contains(skill))
            {
                rows.Add([occupation, type, skill]);
            }
            else
            {
                skipped++;
            }
        }

        report.Note($"occupationSkillRelations.csv: kept {rows.Count}, skipped {skipped} (occupation or skill unknown).");
        return new TsvTable(TaxonomyFiles.OccupationSkills, ["occupationId", "relation", "skillId"],
            ConceptTables.Sorted(rows.DistinctBy(r => string.Join('\t', r))));
    }

    public static TsvTable Broader(IReadOnlyList<EscoRow> broaderRelations, IReadOnlySet<string> occupations,
        DerivationReport report)
    {
        var candidates = broaderRelations
            .Where(r => r["conceptType"] == "Occupation" && r["broaderType"] == "Occupation")
            .Select(r => new[] { r.IdOf("conceptUri"), r.IdOf("broaderUri") })
            .ToList();
        var rows = candidates.Where(r => occupations.Contains(r[0]) && occupations.Contains(r[1])).ToList();
        report.Note($"broaderRelationsOccPillar.csv: kept {rows.Count} occupation-to-occupation links, " +
            $"skipped {candidates.Count - rows.Count} (occupation unknown).");
        return new TsvTable(TaxonomyFiles.OccupationBroader, ["occupationId", "broaderId"],
            ConceptTables.Sorted(rows.DistinctBy(r => string.Join('\t', r))));
    }
}
