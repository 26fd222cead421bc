namespace TalentMatch.Tools.Taxonomy;

/// <summary>The concept files: occupations (id, ISCO unit group) and skills (id, type, reuse level).</summary>
internal static class ConceptTables
{
    public static TsvTable Occupations(IReadOnlyList<EscoRow> occupations)
    {
        var rows = Distinct(occupations).Select(r => new[] { r.IdOf("conceptUri"), IscoCode(r) });
        return new TsvTable(TaxonomyFiles.Occupations, ["id", "iscoCode"], Sorted(rows));
    }

    public static TsvTable Skills(IReadOnlyList<EscoRow> skills)
    {
        var rows = Distinct(skills).Select(r => new[] { r.IdOf("conceptUri"), r["skillType"].Trim(), r["reuseLevel"].Trim() });
        return new TsvTable(TaxonomyFiles.Skills, ["id", "skillType", "reuseLevel"], Sorted(rows));
    }

    public static IReadOnlyList<string[]> Sorted(IEnumerable<string[]> rows) =>
        rows.OrderBy(r => string.Join('\t', r), StringComparer.Ordinal).ToList();

    private static IEnumerable<EscoRow> Distinct(IReadOnlyList<EscoRow> rows) =>
        rows.DistinctBy(r => r.IdOf("conceptUri"), StringComparer.Ordinal);

    private static string IscoCode(EscoRow occupation)
    {
        var code = occupation["iscoGroup"].Trim();
        return code.Length == 4 && code.All(char.IsAsciiDigit)
            ? code
            : throw new InvalidDataException($"Occupation {occupation["conceptUri"]} has ISCO group '{code}', not 4 digits.");
    }
}
