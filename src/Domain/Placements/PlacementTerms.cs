using TalentMatch.Domain.Placements.Rules;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Domain.Placements;

/// <summary>What the employer states when hiring or confirming: the start, the hours and contract, sponsor and housing.</summary>
public sealed record PlacementTerms
{
    private PlacementTerms(DateOnly startDate, int hoursPerWeek, ContractType contractType, bool sponsorNeeded,
        bool housingArranged)
    {
        StartDate = startDate;
        HoursPerWeek = hoursPerWeek;
        ContractType = contractType;
        SponsorNeeded = sponsorNeeded;
        HousingArranged = housingArranged;
    }

    public DateOnly StartDate { get; }

    public int HoursPerWeek { get; }

    public ContractType ContractType { get; }

    /// <summary>The employer sponsored a residence permit (as an IND recognised sponsor) for this job.</summary>
    public bool SponsorNeeded { get; }

    /// <summary>Housing was arranged for the person placed (by the employer or with its help).</summary>
    public bool HousingArranged { get; }

    public static PlacementTerms Create(DateOnly startDate, int hoursPerWeek, ContractType contractType,
        bool sponsorNeeded, bool housingArranged)
    {
        var rule = new PlacementHoursMustBeInRange(hoursPerWeek);
        return rule.IsBroken()
            ? throw new Common.BusinessRuleException(rule)
            : new PlacementTerms(startDate, hoursPerWeek, contractType, sponsorNeeded, housingArranged);
    }
}
