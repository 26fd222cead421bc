namespace TalentMatch.Infrastructure.IntegrationTests.Email.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string FullPath { get; } =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "talentmatch-tests", Guid.NewGuid().ToString("N"))).FullName;

    public string PathOf(params string[] parts) => Path.Combine([FullPath, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (IOException)
        {
            // still held by a closing handle: the OS temp cleaner will take it
        }
    }
}
