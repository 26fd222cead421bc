namespace TalentMatch.Domain.Qualifications;

/// <summary>A candidate's right to work in the Netherlands, as far as matching needs to know it.</summary>
public enum WorkAuthorisation
{
    EuEeaOrSwissCitizen = 0,
    ResidencePermitFreeAccess = 1,
    RefugeeStatusHolder = 2,
    StudentWithHoursLimit = 3,
    NeedsSponsorHighlySkilledMigrant = 4,
    Other = 5,
}
