using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Candidates.Cv;

/// <summary>Recognises an accepted CV format by the file's content (never by its name or declared type).</summary>
public interface ICvFileInspector
{
    /// <summary>PDF or DOCX, or null for anything else. Reads from the current position of a seekable stream.</summary>
    CvFileType? Detect(Stream content);
}
