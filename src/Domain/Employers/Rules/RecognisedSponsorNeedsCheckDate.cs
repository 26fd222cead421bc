using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

/// <summary>The IND public register changes: a recognised-sponsor claim says when it was checked (not in the future).</summary>
public sealed class RecognisedSponsorNeedsCheckDate(bool recognised, DateOnly? checkedOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => recognised && (checkedOn is null || checkedOn > today);

    public string Code => "SponsorCheckDateRequired";

    public string Message => "Give the date you checked the IND public register of recognised sponsors (not in the future).";
}
