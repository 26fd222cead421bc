using System.IO.Compression;
using System.Text;

namespace TalentMatch.Tools.Taxonomy;

/// <summary>
/// Writes a table as UTF-8 (no BOM) tab-separated lines ending in '\n'; gzip'd when the name ends in ".gz".
/// Same rows in, same bytes out: .NET's gzip header carries no timestamp or file name.
/// </summary>
internal static class TsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(TsvTable table, Stream output)
    {
        var gzip = table.FileName.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)
            : null;
        using (var writer = new StreamWriter(gzip ?? output, Utf8, bufferSize: -1, leaveOpen: true) { NewLine = "\n" })
        {
            writer.WriteLine(string.Join('\t', table.Header));
            foreach (var row in table.Rows)
            {
                if (row.Length != table.Header.Count || row.Any(f => f.Contains('\t') || f.Contains('\n')))
                {
                    throw new InvalidDataException($"{table.FileName}: a row does not fit the header: {string.Join(" | ", row)}");
                }

                writer.WriteLine(string.Join('\t', row));
            }
        }

        gzip?.Dispose();
    }

    public static void WriteFile(TsvTable table, string folder)
    {
        using var file = File.Create(Path.Combine(folder, table.FileName));
        Write(table, file);
    }
}
