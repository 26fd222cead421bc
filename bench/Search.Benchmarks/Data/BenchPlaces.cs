using TalentMatch.Application.Places;
using TalentMatch.Domain.Places;
using TalentMatch.Infrastructure.Demo;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// Places for generated documents: mostly the Leiden region the demo uses, some anywhere in the Netherlands (so a
/// radius filter has something to drop), all with coordinates from the shipped <see cref="IPlaceDirectory"/>.
/// </summary>
internal sealed class BenchPlaces
{
    /// <summary>The share of documents moved from the region to a random Dutch place.</summary>
    private const double Elsewhere = 0.3;

    private readonly Dictionary<string, Place> _region;
    private readonly IReadOnlyList<Place> _country;

    public BenchPlaces(IPlaceDirectory places)
    {
        _region = DemoWords.RegionPlaces.Distinct(StringComparer.Ordinal).ToDictionary(
            name => name, name => places.Find(name) ?? throw new InvalidOperationException($"No place {name}."),
            StringComparer.Ordinal);
        _country = [.. "abcdefghijklmnopqrstuvwxyz".SelectMany(letter => places.Search(letter.ToString(), 10_000))
            .DistinctBy(p => p.Name, StringComparer.Ordinal)
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
        Leiden = _region["Leiden"].Location;
    }

    public GeoPoint Leiden { get; }

    public int CountryPlaces => _country.Count;

    /// <summary>The demo's regional place, or (30%) a random place in the country.</summary>
    public Place Pick(string regionalName, Random random) =>
        random.NextDouble() < Elsewhere ? _country[random.Next(_country.Count)] : _region[regionalName];
}
