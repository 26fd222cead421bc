using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Places;

/// <summary>The Dutch places the product ships (name → coordinates), for locations and distances.</summary>
public interface IPlaceDirectory
{
    /// <summary>The place with this name (case, diacritics and "Den Haag"-style aliases tolerated), or null.</summary>
    Place? Find(string name);

    /// <summary>Places whose name starts with <paramref name="prefix"/>, shortest name first.</summary>
    IReadOnlyList<Place> Search(string prefix, int limit);
}
