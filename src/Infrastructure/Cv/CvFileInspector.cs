using System.IO.Compression;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Infrastructure.Cv;

/// <summary>
/// Recognises a CV by its bytes: a PDF starts with <c>%PDF-</c>; a DOCX is a ZIP archive with <c>word/document.xml</c>
/// (and no macros: a renamed .docm with <c>word/vbaProject.bin</c> is refused). Names and declared types are ignored.
/// </summary>
public sealed class CvFileInspector : ICvFileInspector
{
    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    public CvFileType? Detect(Stream content)
    {
        var start = content.Position;
        Span<byte> head = stackalloc byte[PdfSignature.Length];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = start;
        if (read == head.Length && head.SequenceEqual(PdfSignature))
        {
            return CvFileType.Pdf;
        }

        return read >= ZipSignature.Length && head[..ZipSignature.Length].SequenceEqual(ZipSignature) && IsWordDocument(content)
            ? CvFileType.Docx
            : null;
    }

    private static bool IsWordDocument(Stream content)
    {
        var start = content.Position;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("word/vbaProject.bin") is null;
        }
        catch (InvalidDataException)
        {
            return false;   // starts like a ZIP but is not one
        }
        finally
        {
            content.Position = start;
        }
    }
}
