namespace TalentMatch.Domain.Qualifications;

/// <summary>
/// Highest completed education, in the Dutch names people know, each placed on the European Qualifications
/// Framework (EQF) so levels compare across countries (see <see cref="EducationLevels.Eqf"/>).
/// </summary>
public enum EducationLevel
{
    None = 0,
    Mbo1 = 1,
    Mbo2 = 2,
    Mbo3 = 3,
    Mbo4 = 4,
    HavoVwo = 5,
    AssociateDegree = 6,
    HboBachelor = 7,
    WoBachelor = 8,
    Master = 9,
    Doctorate = 10,
}
