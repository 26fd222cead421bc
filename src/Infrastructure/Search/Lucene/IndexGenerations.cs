using System.Globalization;
using System.Text;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The folders of one index kind: each complete or in-progress build is a generation folder <c>gen-N</c>, and the
/// small <c>current</c> file names the live one. Switching generations is one atomic file replace, so a crash at any
/// moment leaves either the old or the new generation live, never a half-built one.
/// </summary>
internal sealed class IndexGenerations(string folder)
{
    private const string Prefix = "gen-";
    private const string PointerName = "current";

    public string Folder { get; } = folder;

    private string PointerPath => Path.Combine(Folder, PointerName);

    public string PathOf(int generation) => Path.Combine(Folder, Prefix + generation.ToString(CultureInfo.InvariantCulture));

    /// <summary>The live generation, or null when no build was ever completed (or the pointer is unreadable).</summary>
    public int? ReadCurrent()
    {
        if (!File.Exists(PointerPath))
        {
            return null;
        }

        var text = File.ReadAllText(PointerPath).Trim();
        return text.StartsWith(Prefix, StringComparison.Ordinal) && TryParse(text[Prefix.Length..], out var generation)
            ? generation
            : null;
    }

    /// <summary>A number above every generation folder present, live or abandoned.</summary>
    public int Next() => Existing().DefaultIfEmpty(0).Max() + 1;

    /// <summary>Makes <paramref name="generation"/> live: write a temporary file, flush it, then replace the pointer.</summary>
    public void Point(int generation)
    {
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $"{PointerName}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(Encoding.UTF8.GetBytes(Prefix + generation.ToString(CultureInfo.InvariantCulture)));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, PointerPath, overwrite: true);
    }

    /// <summary>Deletes every generation folder and leftover temporary pointer except the ones to keep.</summary>
    /// <returns>The generations deleted, and those that could not be (still held open; a later clean-up retries).</returns>
    public (IReadOnlyList<int> Deleted, IReadOnlyList<int> Failed) DeleteAllExcept(IReadOnlyCollection<int> keep)
    {
        if (!Directory.Exists(Folder))
        {
            return ([], []);
        }

        foreach (var temporary in Directory.EnumerateFiles(Folder, PointerName + ".*.tmp"))
        {
            File.Delete(temporary);
        }

        var deleted = new List<int>();
        var failed = new List<int>();
        foreach (var generation in Existing().Where(g => !keep.Contains(g)))
        {
            try
            {
                Directory.Delete(PathOf(generation), recursive: true);
                deleted.Add(generation);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed.Add(generation);
            }
        }

        return (deleted, failed);
    }

    private IEnumerable<int> Existing() => Directory.Exists(Folder)
        ? Directory.EnumerateDirectories(Folder, Prefix + "*")
            .Select(d => Path.GetFileName(d)[Prefix.Length..])
            .Select(n => TryParse(n, out var g) ? g : -1)
            .Where(g => g > 0)
            .ToList()
        : [];

    private static bool TryParse(string text, out int generation) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out generation) && generation > 0;
}
