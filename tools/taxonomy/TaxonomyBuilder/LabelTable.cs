namespace TalentMatch.Tools.Taxonomy;

/// <summary>
/// Builds a labels file: one row per concept and language (id, lang, preferred, alternative, hidden), with the
/// multi-valued fields joined by '|'. Alternative labels equal to the preferred one are left out.
/// </summary>
internal static class LabelTable
{
    public static readonly string[] Header = ["id", "lang", "preferred", "alternative", "hidden"];

    public static TsvTable Build(string fileName, IEscoSource source, string filePrefix,
        IReadOnlyList<string> languages, IReadOnlySet<string> knownIds, DerivationReport report)
    {
        var rows = new List<(string Id, int Language, string[] Row)>();
        for (var language = 0; language < languages.Count; language++)
        {
            var file = $"{filePrefix}_{languages[language]}.csv";
            var records = language == 0 ? source.ReadRequired(file) : source.ReadOptional(file);
            if (records is null)
            {
                report.Note($"{file}: not in the source; no {languages[language]} labels.");
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                var id = record.IdOf("conceptUri");
                if (knownIds.Contains(id) && seen.Add(id))
                {
                    rows.Add((id, language, Row(id, languages[language], record)));
                }
            }

            report.Note($"{file}: labels for {seen.Count} of {knownIds.Count} concepts.");
        }

        return new TsvTable(fileName, Header,
            rows.OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Language).Select(r => r.Row).ToList());
    }

    private static string[] Row(string id, string language, EscoRow record)
    {
        var preferred = LabelText.Clean(record["preferredLabel"]);
        var alternative = record.LabelsOf("altLabels").Where(l => l != preferred);
        var hidden = record.LabelsOf("hiddenLabels");
        return [id, language, preferred, LabelText.Join(alternative), LabelText.Join(hidden)];
    }
}
