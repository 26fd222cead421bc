using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class ClosingDateMustNotBeInThePast(DateOnly? closingDate, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => closingDate is { } date && date < today;

    public string Code => "ClosingDateInPast";

    public string Message => "The closing date has passed. Choose a closing date from today on.";
}
