namespace TalentMatch.Domain.Qualifications;

/// <summary>Who evaluated the diploma: IDW (Nuffic) for higher and general education, DUO for MBO/vocational.</summary>
public enum RecognitionBody
{
    None = 0,
    IdwNuffic = 1,
    Duo = 2,
    Other = 3,
}
