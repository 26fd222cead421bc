namespace TalentMatch.Application.Employers.GetMyOrganisation;

/// <summary>
/// The signed-in member's organisation. <paramref name="Sectors"/> are sector codes; <paramref name="Locations"/>
/// place names. <paramref name="IsOwner"/>: the signed-in account may change details and members.
/// </summary>
public sealed record MyOrganisationDto(Guid EmployerId, string Name, string KvkNumber, DateTimeOffset RegisteredAt,
    IReadOnlyList<string> Sectors, IReadOnlyList<string> Locations, bool IsRecognisedSponsor, DateOnly? SponsorCheckedOn,
    bool OffersRelocationSupport, bool OffersHousing, bool IsOwner);
