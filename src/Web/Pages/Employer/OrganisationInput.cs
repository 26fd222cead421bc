namespace TalentMatch.Web.Pages.Employer;

public sealed class OrganisationInput
{
    public string Name { get; set; } = string.Empty;

    public List<string> Sectors { get; set; } = [];

    /// <summary>Place names separated by commas or line breaks.</summary>
    public string Locations { get; set; } = string.Empty;

    public bool IsRecognisedSponsor { get; set; }

    public DateOnly? SponsorCheckedOn { get; set; }

    public bool OffersRelocationSupport { get; set; }

    public bool OffersHousing { get; set; }

    public IReadOnlyList<string> LocationList() =>
        [.. Locations.Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
