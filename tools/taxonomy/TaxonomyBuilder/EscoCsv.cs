using CsvHelper;

namespace TalentMatch.Tools.Taxonomy;

/// <summary>
/// Reads the published ESCO CSVs (RFC 4180): comma-separated, a header row, quotes doubled inside quoted fields,
/// and newlines inside quoted fields (multi-valued labels). A malformed file stops the run.
/// </summary>
internal static class EscoCsv
{
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        Quote = '"',
        Escape = '"',
        Mode = CsvMode.Rfc4180,
        HasHeader = true,
        AllowLineBreaksInQuotes = true,
        TrimWhitespace = false,
        DetectSeparatorHint = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    public static IEnumerable<EscoRow> Read(TextReader reader)
    {
        using var csv = CsvReader.Create(reader, Options, false);
        var columns = (csv.Headers ?? []).Select((name, index) => (name, index))
            .ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            yield return new EscoRow(columns, fields);
        }
    }
}
