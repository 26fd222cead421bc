using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Alerts.Rules;

/// <summary>One "new candidates that match this vacancy" alert per vacancy per person.</summary>
public sealed class OneAlertPerVacancy(bool alreadyHasOne) : IBusinessRule
{
    public bool IsBroken() => alreadyHasOne;

    public string Code => "VacancyAlertExists";

    public string Message => "You already have an alert for candidates who match this vacancy.";
}
