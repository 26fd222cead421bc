using TalentMatch.Infrastructure.Places;

namespace TalentMatch.Infrastructure.IntegrationTests.Places;

public sealed class ShippedPlaceDirectoryTests
{
    private readonly ShippedPlaceDirectory _places = new();

    [Theory]
    [InlineData("Leiden", "Leiden")]
    [InlineData("  leiden ", "Leiden")]
    [InlineData("Den Haag", "The Hague")]
    [InlineData("'s-Gravenhage", "The Hague")]
    [InlineData("Leiderdorp", "Leiderdorp")]
    [InlineData("Katwijk", "Katwijk aan Zee")]
    [InlineData("Zoeterwoude", "Zoeterwoude-Dorp")]
    public void Find_KnownPlace_ReturnsItWithCoordinates(string query, string name)
    {
        var place = _places.Find(query).ShouldNotBeNull();

        place.Name.ShouldBe(name);
        place.Location.Latitude.ShouldBeInRange(50.7, 53.6);
        place.Location.Longitude.ShouldBeInRange(3.3, 7.3);
    }

    [Fact]
    public void Find_UnknownPlace_ReturnsNull() => _places.Find("Atlantis").ShouldBeNull();

    [Fact]
    public void Distance_LeidenToTheHague_IsAboutFifteenKilometres()
    {
        var leiden = _places.Find("Leiden")!;
        var hague = _places.Find("Den Haag")!;

        leiden.Location.DistanceKmTo(hague.Location).ShouldBeInRange(14, 18);
    }

    [Fact]
    public void Search_ByPrefix_ShortestNamesFirst()
    {
        var places = _places.Search("leid", 5);

        places.Count.ShouldBe(4); // Leiden, Leiderdorp, Leidsche Rijn, Leidsebuurt-Noordoost
        places.Take(2).Select(p => p.Name).ShouldBe(["Leiden", "Leiderdorp"]);
        places.ShouldAllBe(p => p.Name.StartsWith("Leid"));
    }
}
