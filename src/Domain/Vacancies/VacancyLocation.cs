using TalentMatch.Domain.Places;

namespace TalentMatch.Domain.Vacancies;

/// <summary>Where the work is: a place from the places table, its name and coordinates.</summary>
public sealed record VacancyLocation(string PlaceName, GeoPoint Point)
{
    public const int NameMaxLength = 100;

    public static VacancyLocation Of(Place place) => new(place.Name, place.Location);
}
