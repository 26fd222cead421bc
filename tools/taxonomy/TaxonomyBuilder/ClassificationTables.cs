namespace TalentMatch.Tools.Taxonomy;

/// <summary>ISCO-08 groups with their labels, and the product's shortage sectors.</summary>
internal static class ClassificationTables
{
    public static readonly string[] Sectors = ["education", "healthcare", "construction", "energy_transition"];

    public static TsvTable IscoGroups(IEscoSource source, DerivationReport report)
    {
        var languages = TaxonomyLanguages.IscoGroups;
        var labels = new Dictionary<string, string>[languages.Count];
        for (var i = 0; i < languages.Count; i++)
        {
            var file = $"ISCOGroups_{languages[i]}.csv";
            var rows = i == 0 ? source.ReadRequired(file) : source.ReadOptional(file) ?? [];
            labels[i] = rows.GroupBy(r => r["code"].Trim(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => LabelText.Clean(g.First()["preferredLabel"]), StringComparer.Ordinal);
            report.Note($"{file}: {labels[i].Count} ISCO groups.");
        }

        var table = labels[0].Keys.Select(code =>
            new[] { code }.Concat(labels.Select(l => l.GetValueOrDefault(code, string.Empty))).ToArray());
        return new TsvTable(TaxonomyFiles.IscoGroups, ["code", .. languages], ConceptTables.Sorted(table));
    }

    public static TsvTable OccupationSectors(IReadOnlyList<EscoRow> sectorRows, IReadOnlySet<string> occupations,
        DerivationReport report)
    {
        var rows = new List<string[]>();
        foreach (var row in sectorRows)
        {
            var sector = row["sector"].Trim();
            if (!Sectors.Contains(sector))
            {
                throw new InvalidDataException($"Unknown sector '{sector}' for {row["conceptUri"]}.");
            }

            var id = row.IdOf("conceptUri");
            if (occupations.Contains(id))
            {
                rows.Add([id, sector]);
            }
        }

        var distinct = rows.DistinctBy(r => r[0], StringComparer.Ordinal).ToList();
        report.Note($"sector_occupations.csv: {distinct.Count} occupations with a sector.");
        return new TsvTable(TaxonomyFiles.OccupationSectors, ["occupationId", "sector"], ConceptTables.Sorted(distinct));
    }
}
