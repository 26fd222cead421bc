using TalentMatch.Infrastructure.Taxonomy.Search;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("welder", "welder", 0)]
    [InlineData("weldr", "welder", 1)]
    [InlineData("welfer", "welder", 1)]
    [InlineData("wedler", "welder", 1)]
    [InlineData("verpleegkundge", "verpleegkundige", 1)]
    [InlineData("lsaser", "lasser", 1)]
    [InlineData("soldadro", "soldador", 1)]
    [InlineData("wlder", "welders", 2)]
    public void Bounded_WithinMax_Distance(string a, string b, int expected) =>
        EditDistance.Bounded(a, b, 2).ShouldBe(expected);

    [Theory]
    [InlineData("welder", "nurse")]
    [InlineData("a", "abcd")]
    public void Bounded_BeyondMax_MaxPlusOne(string a, string b) =>
        EditDistance.Bounded(a, b, 2).ShouldBe(3);
}
