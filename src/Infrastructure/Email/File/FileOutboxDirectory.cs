using Microsoft.Extensions.Options;
using TalentMatch.Infrastructure.Storage;

namespace TalentMatch.Infrastructure.Email.File;

/// <summary>Where the file adapter writes and the mailbox reads: one <c>&lt;sha256 of key&gt;.eml</c> per message.</summary>
public sealed class FileOutboxDirectory(DataDirectory dataDirectory, IOptions<FileOutboxOptions> options)
{
    public const string Extension = ".eml";

    public string FullPath { get; } = Path.GetFullPath(Path.Combine(dataDirectory.FullPath, options.Value.Directory));

    public static string FileNameFor(string idempotencyKey) => EmailIdempotency.Hash(idempotencyKey) + Extension;

    /// <summary>True for names this adapter writes (64 hex digits + .eml): nothing else is ever opened.</summary>
    public static bool IsMessageFileName(string fileName) =>
        fileName.Length == 64 + Extension.Length
        && fileName.EndsWith(Extension, StringComparison.Ordinal)
        && fileName[..64].All(char.IsAsciiHexDigitLower);
}
