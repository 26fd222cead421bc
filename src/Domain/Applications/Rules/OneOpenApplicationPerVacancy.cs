using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>A candidate has at most one open application (or invitation) per vacancy.</summary>
public sealed class OneOpenApplicationPerVacancy(bool alreadyOpen) : IBusinessRule
{
    public bool IsBroken() => alreadyOpen;

    public string Code => "ApplicationAlreadyOpen";

    public string Message => "There is already an open application or invitation for this candidate and vacancy.";
}
