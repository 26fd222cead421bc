using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Places;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.UnitTests.Candidates;

internal sealed class FakeCurrentUser(UserId? id, params string[] roles) : ICurrentUser
{
    public UserId? Id { get; set; } = id;

    public bool IsInRole(string role) => roles.Contains(role);
}

internal sealed class FakePlaceDirectory : IPlaceDirectory
{
    public static readonly Place Leiden = new("Leiden", "0546", new GeoPoint(52.15833, 4.49306));
    public static readonly Place Katwijk = new("Katwijk", "0537", new GeoPoint(52.2, 4.41667));

    public Place? Find(string name) =>
        new[] { Leiden, Katwijk }.FirstOrDefault(p => p.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Place> Search(string prefix, int limit) => [];
}

internal sealed class InMemoryCvStore : ICvStore
{
    public Dictionary<string, byte[]> Files { get; } = [];

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        var key = Guid.NewGuid().ToString("N");
        Files[key] = copy.ToArray();
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(Files.TryGetValue(key, out var bytes) ? new MemoryStream(bytes) : null);

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        Files.Remove(key);
        return Task.CompletedTask;
    }
}

/// <summary>Calls anything that starts with "%PDF-" a PDF and "PK" a DOCX: the real inspector is tested on its own.</summary>
internal sealed class PrefixCvFileInspector : ICvFileInspector
{
    public CvFileType? Detect(Stream content)
    {
        var head = new byte[5];
        var read = content.Read(head);
        content.Position = 0;
        return read >= 5 && head.AsSpan().SequenceEqual("%PDF-"u8) ? CvFileType.Pdf
            : read >= 2 && head[0] == 'P' && head[1] == 'K' ? CvFileType.Docx
            : null;
    }
}

internal sealed class StubVirusScanner : IVirusScanner
{
    public VirusScanResult Result { get; set; } = VirusScanResult.Clean;

    public Task<VirusScanResult> ScanAsync(Stream content, CancellationToken cancellationToken) => Task.FromResult(Result);
}
