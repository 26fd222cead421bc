namespace TalentMatch.Domain.Qualifications;

public static class EducationLevels
{
    /// <summary>The EQF level (0 for none): MBO 1-4 are EQF 1-4, HAVO/VWO 4, Ad 5, bachelors 6, masters 7, PhD 8.</summary>
    public static int Eqf(this EducationLevel level) => level switch
    {
        EducationLevel.None => 0,
        EducationLevel.Mbo1 => 1,
        EducationLevel.Mbo2 => 2,
        EducationLevel.Mbo3 => 3,
        EducationLevel.Mbo4 or EducationLevel.HavoVwo => 4,
        EducationLevel.AssociateDegree => 5,
        EducationLevel.HboBachelor or EducationLevel.WoBachelor => 6,
        EducationLevel.Master => 7,
        EducationLevel.Doctorate => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static bool AtLeast(this EducationLevel level, EducationLevel required) => level.Eqf() >= required.Eqf();
}
