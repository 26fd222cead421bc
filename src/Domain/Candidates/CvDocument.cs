using TalentMatch.Domain.Candidates.Rules;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates;

/// <summary>
/// A candidate's CV: where the file store keeps it (a random key, never the uploaded name), the name to offer on
/// download, its type (from the content) and size.
/// </summary>
public sealed record CvDocument
{
    public const long MaxSizeBytes = 5 * 1024 * 1024;
    public const int StorageKeyMaxLength = 64;
    public const int FileNameMaxLength = 255;

    private CvDocument(string storageKey, string fileName, CvFileType fileType, long sizeBytes, DateTimeOffset uploadedAt)
    {
        StorageKey = storageKey;
        FileName = fileName;
        FileType = fileType;
        SizeBytes = sizeBytes;
        UploadedAt = uploadedAt;
    }

    public string StorageKey { get; }

    public string FileName { get; }

    public CvFileType FileType { get; }

    public long SizeBytes { get; }

    public DateTimeOffset UploadedAt { get; }

    public static CvDocument Create(string storageKey, string fileName, CvFileType fileType, long sizeBytes,
        DateTimeOffset uploadedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        var rule = new CvMustNotExceedMaxSize(sizeBytes);
        return rule.IsBroken()
            ? throw new BusinessRuleException(rule)
            : new CvDocument(storageKey, CvFileName.Clean(fileName, fileType), fileType, sizeBytes, uploadedAt);
    }
}
