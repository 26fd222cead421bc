namespace TalentMatch.Domain.Qualifications;

public static class WorkAuthorisations
{
    /// <summary>Only a recognised sponsor (IND) can employ this candidate.</summary>
    public static bool NeedsSponsor(this WorkAuthorisation authorisation) =>
        authorisation == WorkAuthorisation.NeedsSponsorHighlySkilledMigrant;

    /// <summary>Students from outside the EU may work at most 16 hours a week during the study year.</summary>
    public const int StudentMaxHoursPerWeek = 16;
}
