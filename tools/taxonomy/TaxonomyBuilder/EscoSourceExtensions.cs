namespace TalentMatch.Tools.Taxonomy;

internal static class EscoSourceExtensions
{
    public static IReadOnlyList<EscoRow> ReadRequired(this IEscoSource source, string fileName) =>
        source.ReadOptional(fileName) ?? throw new FileNotFoundException($"The ESCO source has no {fileName}.", fileName);

    /// <summary>All rows of the file, or null when the source does not have it.</summary>
    public static IReadOnlyList<EscoRow>? ReadOptional(this IEscoSource source, string fileName)
    {
        using var reader = source.Open(fileName);
        return reader is null ? null : EscoCsv.Read(reader).ToList();
    }
}
