namespace TalentMatch.Tools.Taxonomy;

/// <summary>
/// Label clean-up: one label a line, whitespace runs (tabs, CR) collapsed to one space, empties and repeats dropped.
/// A label may not contain '|', which joins multi-valued fields in the product files.
/// </summary>
internal static class LabelText
{
    public const char Separator = '|';

    public static IReadOnlyList<string> SplitLines(string field)
    {
        var labels = new List<string>();
        foreach (var line in field.Split('\n'))
        {
            var label = Clean(line);
            if (label.Length > 0 && !labels.Contains(label, StringComparer.Ordinal))
            {
                labels.Add(label);
            }
        }

        return labels;
    }

    public static string Clean(string label)
    {
        var cleaned = string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Contains(Separator))
        {
            throw new InvalidDataException($"A label contains the separator '{Separator}': '{cleaned}'.");
        }

        return cleaned;
    }

    public static string Join(IEnumerable<string> labels) => string.Join(Separator, labels);
}
