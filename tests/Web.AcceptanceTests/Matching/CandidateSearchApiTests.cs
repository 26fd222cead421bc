using System.Net;
using TalentMatch.Web.AcceptanceTests.Search;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Matching;

/// <summary>GET /api/v1/candidates: employers search visible candidates; sponsorship decides who they may see.</summary>
[Collection(MatchingAppCollection.Name)]
public sealed class CandidateSearchApiTests(MatchingWebFactory app)
{
    private MatchingWorld World => app.World;

    [Theory]
    [InlineData("q=lasser")]
    [InlineData("q=spawacz")]
    [InlineData("q=welder&language=nl:A2")]
    [InlineData("near=Leiden&radiusKm=10")]
    [InlineData("occupation=" + People.WelderUri)]
    public async Task SearchCandidates_SponsorEmployer_FindsVisibleCandidates_NeverHiddenOnes(string query)
    {
        var answer = await World.Sponsor.Api.GetOkAsync($"/api/v1/candidates?{query}&pageSize=100");

        answer.Ids().ShouldContain(World.Zofia.Id);
        answer.Ids().ShouldNotContain(World.Hidden.Id);
    }

    [Fact]
    public async Task SearchCandidates_SponsorEmployer_AlsoSeesCandidatesWhoNeedASponsor()
    {
        var answer = await World.Sponsor.Api.GetOkAsync("/api/v1/candidates?q=lasser&pageSize=100");

        answer.Ids().ShouldContain(World.Ravi.Id);
        answer.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == World.Ravi.Id)
            .GetProperty("needsSponsor").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task SearchCandidates_EmployerThatIsNotASponsor_DoesNotSeeCandidatesWhoNeedOne()
    {
        var answer = await World.Builder.Api.GetOkAsync("/api/v1/candidates?q=lasser&pageSize=100");

        answer.Ids().ShouldContain(World.Zofia.Id);
        answer.Ids().ShouldNotContain(World.Ravi.Id);
        answer.Ids().ShouldNotContain(World.Hidden.Id);
        answer.GetProperty("items").EnumerateArray().ShouldAllBe(c => !c.GetProperty("needsSponsor").GetBoolean());
    }

    [Fact]
    public async Task SearchCandidates_LanguageFilter_Narrows()
    {
        var answer = await World.Sponsor.Api.GetOkAsync("/api/v1/candidates?language=en:B2&pageSize=100");

        answer.Ids().ShouldContain(World.Ravi.Id);
        answer.Ids().ShouldNotContain(World.Zofia.Id);
    }

    [Fact]
    public async Task SearchCandidates_CardsAreAnonymous()
    {
        var body = await (await World.Sponsor.Api.GetAsync("/api/v1/candidates?q=lasser&pageSize=100")).Content.ReadAsStringAsync();

        body.ShouldContain(World.Zofia.Id.ToString());
        body.ShouldNotContain("Kowalska", Case.Insensitive);
        body.ShouldNotContain(World.Zofia.Email, Case.Insensitive);
        body.ShouldNotContain("Sharma", Case.Insensitive);
    }

    [Theory]
    [InlineData("near=Nowhereville", "near")]
    [InlineData("radiusKm=10", "radiusKm")]
    [InlineData("skill=not-a-uri", "skill")]
    [InlineData("language=nl:Z9", "language")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("near=Leiden&radiusKm=abc", "radiusKm")]
    public async Task SearchCandidates_WithBadInput_Returns400NamingTheField(string query, string field) =>
        await (await World.Builder.Api.GetAsync($"/api/v1/candidates?{query}")).ShouldBeValidationProblemAsync(field);

    [Fact]
    public async Task SearchCandidates_CandidateIsForbidden_AnonymousUnauthorized()
    {
        (await World.Zofia.Api.GetAsync("/api/v1/candidates?q=lasser")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().GetAsync("/api/v1/candidates?q=lasser")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
