namespace TalentMatch.Infrastructure.Storage;

/// <summary>The data folder of this instance (created on first use).</summary>
public sealed class DataDirectory
{
    public DataDirectory(string path)
    {
        FullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(FullPath);
    }

    public string FullPath { get; }

    public string PathOf(params string[] parts) => Path.Combine([FullPath, .. parts]);
}
