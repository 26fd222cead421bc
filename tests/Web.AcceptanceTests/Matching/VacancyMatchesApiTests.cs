using System.Net;
using TalentMatch.Web.AcceptanceTests.Search;

namespace TalentMatch.Web.AcceptanceTests.Matching;

/// <summary>GET /api/v1/vacancies/{id}/matches: for the vacancy's own employer, visible candidates only, anonymous.</summary>
[Collection(MatchingAppCollection.Name)]
public sealed class VacancyMatchesApiTests(MatchingWebFactory app)
{
    private MatchingWorld World => app.World;

    private string Url(Guid vacancy) => $"/api/v1/vacancies/{vacancy}/matches?limit=50";

    [Fact]
    public async Task VacancyMatches_ForOwner_OnlyVisibleCandidates_WithExplanation()
    {
        var answer = await World.Builder.Api.GetOkAsync(Url(World.BuilderVacancy));

        answer.Ids().ShouldContain(World.Zofia.Id);
        answer.Ids().ShouldNotContain(World.Hidden.Id);
        var zofia = MyMatchesApiTests.Match(answer, World.Zofia.Id);
        zofia.GetProperty("score").GetInt32().ShouldBeInRange(1, 99);
        MyMatchesApiTests.Items(zofia.GetProperty("explanation"), "missing")
            .ShouldContain(i => i.GetProperty("obstacle").GetString() == "certificate:VCA-BASIS");
        zofia.GetProperty("candidate").GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["pl:C2", "nl:A2"]);
    }

    [Fact]
    public async Task VacancyMatches_SameScoreBothWays()
    {
        var employerSide = MyMatchesApiTests.Match(await World.Builder.Api.GetOkAsync(Url(World.BuilderVacancy)), World.Zofia.Id);
        var candidateSide = MyMatchesApiTests.Match(await World.Zofia.Api.GetOkAsync("/api/v1/me/matches?limit=50"), World.BuilderVacancy);

        employerSide.GetProperty("score").GetInt32().ShouldBe(candidateSide.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task VacancyMatches_CandidatesAreAnonymous_NoNameOrEmailInTheAnswer()
    {
        var response = await World.Sponsor.Api.GetAsync(Url(World.SponsorVacancy));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        body.ShouldContain(World.Zofia.Id.ToString());
        body.ShouldContain(World.Ravi.Id.ToString());
        foreach (var person in new[] { World.Zofia, World.Ravi, World.Hidden })
        {
            body.ShouldNotContain(person.Name, Case.Insensitive);
            body.ShouldNotContain(person.Name.Split(' ')[1], Case.Insensitive);
            body.ShouldNotContain(person.Email, Case.Insensitive);
        }

        body.ShouldNotContain("@kandidaat.example", Case.Insensitive);
    }

    [Fact]
    public async Task VacancyMatches_VacancyWithoutSponsorship_NeverListsCandidatesWhoNeedOne()
    {
        var answer = await World.Builder.Api.GetOkAsync(Url(World.BuilderVacancy));

        answer.Ids().ShouldNotContain(World.Ravi.Id);
        answer.GetProperty("items").EnumerateArray()
            .ShouldAllBe(m => !m.GetProperty("candidate").GetProperty("needsSponsor").GetBoolean());
    }

    [Fact]
    public async Task VacancyMatches_AnotherEmployersVacancy_Returns404()
    {
        (await World.Stranger.Api.GetAsync(Url(World.BuilderVacancy))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await World.Sponsor.Api.GetAsync(Url(World.BuilderVacancy))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await World.Builder.Api.GetAsync(Url(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task VacancyMatches_CandidateIsForbidden_AnonymousUnauthorized()
    {
        (await World.Zofia.Api.GetAsync(Url(World.BuilderVacancy))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().GetAsync(Url(World.BuilderVacancy))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task VacancyMatches_WithBadLimit_Returns400() =>
        await (await World.Builder.Api.GetAsync($"/api/v1/vacancies/{World.BuilderVacancy}/matches?limit=abc"))
            .ShouldBeValidationProblemAsync("limit");
}
