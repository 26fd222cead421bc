namespace TalentMatch.Domain.Applications;

/// <summary>Who acted or wrote: the candidate, or a member of the vacancy's organisation.</summary>
public enum ApplicationSide
{
    Candidate = 0,
    Employer = 1,
}
