using Mediator;

namespace TalentMatch.Application.Employers.UpdateMyOrganisation;

/// <summary>The owner changes the organisation's details. Sectors are codes, locations place names.</summary>
public sealed record UpdateMyOrganisationCommand(string Name, IReadOnlyList<string>? Sectors,
    IReadOnlyList<string>? Locations, bool IsRecognisedSponsor, DateOnly? SponsorCheckedOn,
    bool OffersRelocationSupport, bool OffersHousing) : ICommand;
