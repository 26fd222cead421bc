using TalentMatch.Domain.Places;

namespace TalentMatch.Domain.Employers;

/// <summary>A place where the organisation has staff; the name and coordinates come from the places table.</summary>
public sealed class EmployerLocation
{
    public const int NameMaxLength = 100;

    private EmployerLocation() => PlaceName = string.Empty;

    public string PlaceName { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public GeoPoint Point => new(Latitude, Longitude);

    public static EmployerLocation Of(Place place) => new()
    {
        PlaceName = place.Name, Latitude = place.Location.Latitude, Longitude = place.Location.Longitude,
    };
}
