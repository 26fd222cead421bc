using System.Security.Cryptography;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Infrastructure.Storage;

namespace TalentMatch.Infrastructure.Cv;

/// <summary>
/// CV files in the <c>cv</c> folder of the data directory, which lies outside the web root: the static file
/// middleware never sees them. Each file is named by a random key of 32 hex digits without extension; only names of
/// that form are ever opened or deleted, so no key can reach outside the folder. On Linux and macOS the files are
/// readable by the app's own user only.
/// </summary>
public sealed class FileCvStore(DataDirectory dataDirectory) : ICvStore
{
    public const string FolderName = "cv";
    private const int KeyLength = 32;
    private const int BufferSize = 81920;

    public string FullPath { get; } = Directory.CreateDirectory(dataDirectory.PathOf(FolderName)).FullName;

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var key = RandomNumberGenerator.GetHexString(KeyLength, lowercase: true);
        var path = PathOf(key);
        var partial = path + ".partial";
        await using (var file = new FileStream(partial, WriteOptions()))
        {
            await content.CopyToAsync(file, BufferSize, cancellationToken);
        }

        File.Move(partial, path);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(IsKey(key) && File.Exists(PathOf(key))
            ? new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous)
            : null);

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (IsKey(key))
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    /// <summary>True only for names this store makes up.</summary>
    public static bool IsKey(string? key) => key is { Length: KeyLength } && key.All(char.IsAsciiHexDigitLower);

    private string PathOf(string key) => Path.Combine(FullPath, key);

    private static FileStreamOptions WriteOptions()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = BufferSize,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
