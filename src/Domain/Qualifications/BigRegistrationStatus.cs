namespace TalentMatch.Domain.Qualifications;

/// <summary>Registration in the Dutch BIG register, required for protected healthcare professions.</summary>
public enum BigRegistrationStatus
{
    NotApplicable = 0,
    NotRegistered = 1,
    InProgress = 2,
    Registered = 3,
}
