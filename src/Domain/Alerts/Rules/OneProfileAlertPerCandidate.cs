using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Alerts.Rules;

/// <summary>A candidate has one "new vacancies that match my profile" alert; changing it changes that one.</summary>
public sealed class OneProfileAlertPerCandidate(bool alreadyHasOne) : IBusinessRule
{
    public bool IsBroken() => alreadyHasOne;

    public string Code => "ProfileAlertExists";

    public string Message => "You already have an alert for vacancies that match your profile.";
}
