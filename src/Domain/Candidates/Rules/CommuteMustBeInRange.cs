using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class CommuteMustBeInRange(int maxCommuteKm) : IBusinessRule
{
    public bool IsBroken() => maxCommuteKm is < HomeLocation.MinCommuteKm or > HomeLocation.MaxCommuteKmLimit;

    public string Code => "CommuteRange";

    public string Message => "The maximum commute is from 1 to 200 km.";
}
