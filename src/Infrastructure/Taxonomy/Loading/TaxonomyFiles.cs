using System.IO.Compression;
using System.Text;

namespace TalentMatch.Infrastructure.Taxonomy.Loading;

/// <summary>
/// The taxonomy files embedded from Taxonomy/Data (written by tools/taxonomy): UTF-8, tab-separated, a header
/// row, gzip'd when the name ends in ".gz". A file whose header differs from the expected one fails the load.
/// </summary>
internal static class TaxonomyFiles
{
    public const string ResourcePrefix = "TalentMatch.Infrastructure.Taxonomy.";

    public static IEnumerable<string[]> Rows(string fileName, params string[] header)
    {
        using var resource = typeof(TaxonomyFiles).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The taxonomy file {fileName} is not embedded.");
        using var stream = fileName.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(resource, CompressionMode.Decompress)
            : resource;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var expected = string.Join('\t', header);
        if (reader.ReadLine() != expected)
        {
            throw new InvalidDataException($"{fileName}: the header is not '{expected}'; rebuild with tools/taxonomy.");
        }

        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{fileName}: expected {header.Length} fields in '{line}'.");
            }

            yield return fields;
        }
    }

    /// <summary>A '|'-joined label field.</summary>
    public static string[] Labels(string field) =>
        field.Length == 0 ? [] : field.Split('|');
}
