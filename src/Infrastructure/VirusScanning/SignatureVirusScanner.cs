using System.IO.Compression;
using System.Text;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.VirusScanning;

/// <summary>
/// The default <see cref="IVirusScanner"/>: it finds the EICAR anti-virus test signature anywhere in a file and inside
/// the entries of ZIP-based files (DOCX), so the whole refusal path can be tried without real malware. It knows no
/// real viruses. In production put a real engine behind the same port: a ClamAV adapter would stream the file to
/// clamd (<c>INSTREAM</c>) and map <c>FOUND</c> to <see cref="VirusScanResult.Infected"/>, errors to
/// <see cref="VirusScanResult.NotScannable"/>.
/// </summary>
public sealed class SignatureVirusScanner : IVirusScanner
{
    /// <summary>Archives that unpack to more than this are refused rather than unpacked (zip bombs).</summary>
    public const long MaxUnpackedBytes = 32 * 1024 * 1024;

    // Put together at run time, so neither this source file nor the assembly contains the signature in one piece for a
    // scanner on a developer's machine to find.
    private static readonly byte[] Eicar = Encoding.ASCII.GetBytes(string.Concat(
        @"X5O!P%@AP[4\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-TEST-FILE!$H+H*"));

    public async Task<VirusScanResult> ScanAsync(Stream content, CancellationToken cancellationToken)
    {
        using var whole = new MemoryStream();
        await content.CopyToAsync(whole, cancellationToken);
        if (Contains(whole.GetBuffer().AsSpan(0, (int)whole.Length)))
        {
            return VirusScanResult.Infected;
        }

        whole.Position = 0;
        return IsZip(whole) ? await ScanArchiveAsync(whole, cancellationToken) : VirusScanResult.Clean;
    }

    private static async Task<VirusScanResult> ScanArchiveAsync(Stream archive, CancellationToken cancellationToken)
    {
        long unpacked = 0;
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                await using var entryStream = entry.Open();
                using var buffer = new MemoryStream();
                var bounded = await CopyAtMostAsync(entryStream, buffer, MaxUnpackedBytes - unpacked, cancellationToken);
                unpacked += buffer.Length;
                if (!bounded)
                {
                    return VirusScanResult.NotScannable;
                }

                if (Contains(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
                {
                    return VirusScanResult.Infected;
                }
            }

            return VirusScanResult.Clean;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            return VirusScanResult.NotScannable;   // damaged, encrypted or unknown compression: cannot look inside
        }
    }

    /// <summary>Copies until the end or the limit; false when there was more than <paramref name="limit"/>.</summary>
    private static async Task<bool> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + read > limit)
            {
                return false;
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return true;
    }

    private static bool Contains(ReadOnlySpan<byte> data) => data.IndexOf(Eicar) >= 0;

    private static bool IsZip(MemoryStream data) =>
        data.Length >= 4 && data.GetBuffer().AsSpan(0, 4).SequenceEqual((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);
}
