namespace TalentMatch.Domain.Candidates;

/// <summary>The kinds of CV file accepted; recognised by their content, never by their name.</summary>
public enum CvFileType
{
    Pdf = 1,
    Docx = 2,
}
