using System.Text;
using TalentMatch.Domain.Candidates;
using TalentMatch.Infrastructure.Cv;

namespace TalentMatch.Infrastructure.IntegrationTests.Cv;

public sealed class CvFileInspectorTests
{
    private readonly CvFileInspector _inspector = new();

    [Fact]
    public void Detect_RealPdf_IsPdf() => Detect(CvSamples.Pdf()).ShouldBe(CvFileType.Pdf);

    [Fact]
    public void Detect_RealWordDocument_IsDocx() => Detect(CvSamples.Docx()).ShouldBe(CvFileType.Docx);

    [Fact]
    public void Detect_LeavesTheStreamWhereItWas()
    {
        using var stream = new MemoryStream(CvSamples.Docx());

        _inspector.Detect(stream);

        stream.Position.ShouldBe(0);
    }

    public static TheoryData<string, byte[]> NotACv => new()
    {
        { "an executable renamed to cv.pdf", CvSamples.Executable() },
        { "a text file renamed to cv.docx", Encoding.UTF8.GetBytes("Ana Lopez, welder. Call me!") },
        { "a ZIP without a Word document", CvSamples.Zip(new Dictionary<string, string> { ["cv.txt"] = "hello" }) },
        { "a macro-enabled document renamed to .docx", CvSamples.Docx(withMacros: true) },
        { "a ZIP header with garbage after it", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8] },
        { "PDF magic not at the start", [.. " "u8, .. CvSamples.Pdf()] },
        { "too short to tell", "%PD"u8.ToArray() },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(NotACv))]
    public void Detect_AnythingElse_IsNull(string description, byte[] content) =>
        Detect(content).ShouldBeNull(description);

    private CvFileType? Detect(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return _inspector.Detect(stream);
    }
}
