using System.Net;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Search;

namespace TalentMatch.Web.AcceptanceTests.Matching;

/// <summary>GET /api/v1/me/matches: a candidate's vacancies, scored and explained, with routes to close each gap.</summary>
[Collection(MatchingAppCollection.Name)]
public sealed class MyMatchesApiTests(MatchingWebFactory app)
{
    private MatchingWorld World => app.World;

    [Fact]
    public async Task MyMatches_PolishWelderWithDutchA2_GetsTheWelderVacancyWithScoreAndGaps()
    {
        var answer = await World.Zofia.Api.GetOkAsync("/api/v1/me/matches");

        var match = Match(answer, World.BuilderVacancy);
        match.GetProperty("score").GetInt32().ShouldBeInRange(1, 99);
        match.GetProperty("vacancy").GetProperty("title").GetString().ShouldBe("Lasser bouwplaats");
        var explanation = match.GetProperty("explanation");
        Items(explanation, "met").Select(i => i.GetProperty("criterion").GetString()).ShouldContain("occupation");

        var dutch = Items(explanation, "partlyMet").Single(i => i.GetProperty("obstacle").GetString() == "language:nl");
        dutch.GetProperty("criterion").GetString().ShouldBe("language");
        dutch.GetProperty("text").GetString()!.ShouldContain("B1");
        ShouldHaveRoutes(dutch);

        var vca = Items(explanation, "missing").Single(i => i.GetProperty("obstacle").GetString() == "certificate:VCA-BASIS");
        vca.GetProperty("criterion").GetString().ShouldBe("certificate");
        ShouldHaveRoutes(vca);
    }

    [Fact]
    public async Task MyMatches_CandidateWithoutDutch_DutchB1IsMissingWithRoutes()
    {
        var answer = await World.Ravi.Api.GetOkAsync("/api/v1/me/matches");

        var dutch = Items(Match(answer, World.SponsorVacancy).GetProperty("explanation"), "missing")
            .Single(i => i.GetProperty("obstacle").GetString() == "language:nl");
        dutch.GetProperty("text").GetString()!.ShouldContain("B1");
        ShouldHaveRoutes(dutch);
    }

    [Fact]
    public async Task MyMatches_CandidateWhoNeedsASponsor_NeverGetsAVacancyWithoutSponsorship()
    {
        var answer = await World.Ravi.Api.GetOkAsync("/api/v1/me/matches?limit=50");

        answer.Ids().ShouldContain(World.SponsorVacancy);
        answer.Ids().ShouldNotContain(World.BuilderVacancy);
        answer.GetProperty("items").EnumerateArray()
            .ShouldAllBe(m => m.GetProperty("vacancy").GetProperty("visaSponsorship").GetBoolean());
    }

    [Fact]
    public async Task MyMatches_BestFirst_AndLimitHolds()
    {
        var all = await World.Zofia.Api.GetOkAsync("/api/v1/me/matches?limit=50");
        var one = await World.Zofia.Api.GetOkAsync("/api/v1/me/matches?limit=1");

        var scores = all.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("score").GetInt32()).ToList();
        scores.ShouldBe(scores.OrderDescending().ToList());
        one.Ids().ShouldBe([all.Ids()[0]]);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=51")]
    [InlineData("limit=abc")]
    public async Task MyMatches_WithBadLimit_Returns400NamingLimit(string query) =>
        await (await World.Zofia.Api.GetAsync($"/api/v1/me/matches?{query}")).ShouldBeValidationProblemAsync("limit");

    [Fact]
    public async Task MyMatches_AnonymousOrEmployer_IsRefused()
    {
        (await app.CreateClient().GetAsync("/api/v1/me/matches")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await World.Builder.Api.GetAsync("/api/v1/me/matches")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    internal static JsonElement Match(JsonElement answer, Guid id) =>
        answer.GetProperty("items").EnumerateArray()
            .Single(m => (m.TryGetProperty("vacancy", out var v) ? v : m.GetProperty("candidate")).GetProperty("id").GetGuid() == id);

    internal static IReadOnlyList<JsonElement> Items(JsonElement explanation, string group) =>
        [.. explanation.GetProperty(group).EnumerateArray()];

    private static void ShouldHaveRoutes(JsonElement item)
    {
        var routes = item.GetProperty("routes").EnumerateArray().ToList();
        routes.ShouldNotBeEmpty(item.ToString());
        routes.ShouldAllBe(r => Uri.IsWellFormedUriString(r.GetProperty("url").GetString(), UriKind.Absolute));
        routes.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.GetProperty("title").GetString()));
    }
}
