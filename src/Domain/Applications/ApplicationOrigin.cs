namespace TalentMatch.Domain.Applications;

/// <summary>How an application began: the candidate applied, or an employer member invited a matched candidate.</summary>
public enum ApplicationOrigin
{
    Applied = 0,
    Invited = 1,
}
