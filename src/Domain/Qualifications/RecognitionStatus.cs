namespace TalentMatch.Domain.Qualifications;

/// <summary>Whether a foreign diploma has been evaluated in the Netherlands.</summary>
public enum RecognitionStatus
{
    None = 0,
    InProgress = 1,
    Recognised = 2,
}
