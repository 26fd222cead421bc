namespace TalentMatch.Web.Pages.Employer;

/// <summary>The terms of a hire or of a confirmed placement, as the hiring and confirmation forms post them.</summary>
public sealed class PlacementTermsInput
{
    public DateOnly? StartDate { get; set; }

    public int? HoursPerWeek { get; set; }

    public string? ContractType { get; set; }

    public bool SponsorNeeded { get; set; }

    public bool HousingArranged { get; set; }
}
