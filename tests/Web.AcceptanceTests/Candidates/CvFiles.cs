using System.IO.Compression;
using System.Text;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

/// <summary>Small real CV files and impostors, made in memory.</summary>
internal static class CvFiles
{
    public static string Eicar { get; } = string.Concat(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-TEST-FILE!$H+H*");

    public static byte[] Pdf(string text = "Ana Lopez, welder") => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        + $"% {text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx(string text = "Ana Lopez, welder")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>""");
        }

        return buffer.ToArray();
    }

    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode."), .. new byte[64]];

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
        writer.Write(content);
    }
}
