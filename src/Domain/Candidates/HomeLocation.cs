using TalentMatch.Domain.Candidates.Rules;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;

namespace TalentMatch.Domain.Candidates;

/// <summary>Where a candidate lives (a place the product knows) and how far they will travel to work.</summary>
public sealed record HomeLocation
{
    public const int MinCommuteKm = 1;
    public const int MaxCommuteKmLimit = 200;
    public const int PlaceNameMaxLength = 100;

    /// <summary>For EF Core, which cannot pass the nested <see cref="GeoPoint"/> to a constructor.</summary>
    private HomeLocation() => PlaceName = string.Empty;

    private HomeLocation(string placeName, GeoPoint location, int maxCommuteKm)
    {
        PlaceName = placeName;
        Location = location;
        MaxCommuteKm = maxCommuteKm;
    }

    public string PlaceName { get; private set; }

    public GeoPoint Location { get; private set; }

    public int MaxCommuteKm { get; private set; }

    public static HomeLocation Create(Place place, int maxCommuteKm)
    {
        var rule = new CommuteMustBeInRange(maxCommuteKm);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new HomeLocation(place.Name, place.Location, maxCommuteKm);
    }

    /// <summary>True when <paramref name="workplace"/> lies within the commute distance.</summary>
    public bool CanReach(GeoPoint workplace) => Location.DistanceKmTo(workplace) <= MaxCommuteKm;
}
