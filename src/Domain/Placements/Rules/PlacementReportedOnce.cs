using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Placements.Rules;

/// <summary>One placement per candidate and vacancy (a rejected report does not count).</summary>
public sealed class PlacementReportedOnce(bool alreadyRecorded) : IBusinessRule
{
    public bool IsBroken() => alreadyRecorded;

    public string Code => "PlacementAlreadyRecorded";

    public string Message => "This job has already been reported or recorded for you.";
}
