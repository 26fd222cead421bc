using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Domain.Placements.Rules;

public sealed class PlacementHoursMustBeInRange(int hours) : IBusinessRule
{
    public bool IsBroken() => hours is < HoursRange.MinHours or > HoursRange.MaxHours;

    public string Code => "PlacementHoursOutOfRange";

    public string Message => $"Hours per week are between {HoursRange.MinHours} and {HoursRange.MaxHours}.";
}
