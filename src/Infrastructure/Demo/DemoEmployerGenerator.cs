using System.Globalization;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

public static class DemoEmployerGenerator
{
    private const int Kind = 1;

    /// <summary>KvK numbers 91000001, 91000002, ...: fictional, and apart from the demo account's 90000001.</summary>
    public static IEnumerable<DemoEmployer> Generate(int count, int seed) =>
        Enumerable.Range(1, count).Select(i => One(i, new DemoRandom(seed, Kind, i)));

    private static DemoEmployer One(int index, DemoRandom random)
    {
        var sector = random.PickWeighted(Sector.All, DemoOccupations.Weight);
        var place = random.Pick(DemoWords.RegionPlaces);
        var name = $"{random.Pick(DemoWords.PrefixesFor(sector))} {random.Pick(DemoWords.LocalNames)}";
        var kvk = (91_000_000 + index).ToString(CultureInfo.InvariantCulture);
        return new DemoEmployer(index, name, kvk, sector, place,
            RecognisedSponsor: random.Chance(sector == Sector.Education ? 0.4 : 0.3),
            OffersHousing: random.Chance(sector == Sector.Construction ? 0.5 : 0.2),
            OwnerEmail: $"employer-{index}@demo.talentmatch.local");
    }
}
