using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>Nobody is hired without an offer first: the offer stage is where the terms are agreed.</summary>
public sealed class HiringNeedsAnOffer(ApplicationStage stage) : IBusinessRule
{
    public bool IsBroken() => stage != ApplicationStage.Offer;

    public string Code => "HiringNeedsOffer";

    public string Message => "Make the candidate an offer before you record the hire.";
}
