namespace TalentMatch.Domain.Qualifications;

/// <summary>Common European Framework of Reference for languages; ordered, so levels compare with &lt; and &gt;=.</summary>
public enum CefrLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}
