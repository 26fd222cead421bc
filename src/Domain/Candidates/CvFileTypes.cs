namespace TalentMatch.Domain.Candidates;

public static class CvFileTypes
{
    public static string ContentType(this CvFileType type) => type switch
    {
        CvFileType.Pdf => "application/pdf",
        CvFileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Extension(this CvFileType type) => type switch
    {
        CvFileType.Pdf => ".pdf",
        CvFileType.Docx => ".docx",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
