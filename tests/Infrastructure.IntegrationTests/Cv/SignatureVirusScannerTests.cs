using System.Text;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.VirusScanning;

namespace TalentMatch.Infrastructure.IntegrationTests.Cv;

public sealed class SignatureVirusScannerTests
{
    private readonly SignatureVirusScanner _scanner = new();

    [Fact]
    public async Task Scan_EicarTestFile_IsInfected() =>
        (await ScanAsync(Encoding.ASCII.GetBytes(CvSamples.Eicar))).ShouldBe(VirusScanResult.Infected);

    [Fact]
    public async Task Scan_PdfCarryingEicar_IsInfected() =>
        (await ScanAsync(CvSamples.Pdf(CvSamples.Eicar))).ShouldBe(VirusScanResult.Infected);

    [Fact]
    public async Task Scan_WordDocumentWithEicarInside_IsInfected() =>
        (await ScanAsync(CvSamples.Docx(CvSamples.Eicar))).ShouldBe(VirusScanResult.Infected);

    [Fact]
    public async Task Scan_OrdinaryCvs_AreClean()
    {
        (await ScanAsync(CvSamples.Pdf())).ShouldBe(VirusScanResult.Clean);
        (await ScanAsync(CvSamples.Docx())).ShouldBe(VirusScanResult.Clean);
    }

    [Fact]
    public async Task Scan_ArchiveUnpackingBeyondTheLimit_IsNotScannable()
    {
        var bomb = CvSamples.Zip(new Dictionary<string, string>
        {
            ["word/document.xml"] = new string('a', (int)SignatureVirusScanner.MaxUnpackedBytes + 1),
        });

        bomb.Length.ShouldBeLessThan(1_000_000);
        (await ScanAsync(bomb)).ShouldBe(VirusScanResult.NotScannable);
    }

    private async Task<VirusScanResult> ScanAsync(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return await _scanner.ScanAsync(stream, default);
    }
}
