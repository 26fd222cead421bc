using TalentMatch.Domain.Places;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.Employers;

/// <summary>What the owner can change about the organisation (the KvK number stays).</summary>
public sealed record EmployerDetails(
    string Name,
    IReadOnlyList<Sector> Sectors,
    IReadOnlyList<Place> Locations,
    bool IsRecognisedSponsor,
    DateOnly? SponsorCheckedOn,
    bool OffersRelocationSupport,
    bool OffersHousing);
