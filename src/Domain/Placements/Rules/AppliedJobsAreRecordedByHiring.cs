using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Placements.Rules;

/// <summary>Who applied through the platform is hired in their application; a report is for jobs found otherwise.</summary>
public sealed class AppliedJobsAreRecordedByHiring(bool appliedHere) : IBusinessRule
{
    public bool IsBroken() => appliedHere;

    public string Code => "PlacementThroughApplication";

    public string Message => "You applied to this vacancy through TalentMatch: the employer records the hire in your application.";
}
