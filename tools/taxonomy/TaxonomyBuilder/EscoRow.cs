namespace TalentMatch.Tools.Taxonomy;

/// <summary>One record of an ESCO CSV file, read by column name; a missing column reads as empty.</summary>
internal sealed class EscoRow(IReadOnlyDictionary<string, int> columns, string[] fields)
{
    public string this[string column] =>
        columns.TryGetValue(column, out var index) && index < fields.Length ? fields[index] : string.Empty;

    /// <summary>The last path segment of a concept URI column, e.g. the UUID of an occupation.</summary>
    public string IdOf(string column) => EscoIds.FromUri(this[column]);

    /// <summary>A multi-valued label field: one label a line inside the quoted field.</summary>
    public IReadOnlyList<string> LabelsOf(string column) => LabelText.SplitLines(this[column]);
}
