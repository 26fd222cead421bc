using TalentMatch.Application.Places;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.UnitTests.Support;

public sealed class FakePlaces : IPlaceDirectory
{
    public static Place Leiden { get; } = new("Leiden", "0546", new GeoPoint(52.15833, 4.49306));

    public Place? Find(string name) => string.Equals(name?.Trim(), "Leiden", StringComparison.OrdinalIgnoreCase) ? Leiden : null;

    public IReadOnlyList<Place> Search(string prefix, int limit) => [Leiden];
}
