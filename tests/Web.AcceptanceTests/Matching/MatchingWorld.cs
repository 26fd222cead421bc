using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Candidates;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Search;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Matching;

/// <summary>
/// Two employers with a welder vacancy each in Leiden (nl:B1 and VCA asked): a builder that cannot sponsor a visa
/// and a recognised sponsor whose vacancy sponsors one; a third employer with none. Three welder candidates with
/// welder skills: Zofia (Polish, Dutch A2, EU citizen, visible), Hidden (the same, not visible) and Ravi (needs a
/// sponsor, no Dutch, visible).
/// </summary>
public sealed record MatchingWorld(
    MatchingPerson Builder, MatchingPerson Sponsor, MatchingPerson Stranger,
    Guid BuilderVacancy, Guid SponsorVacancy,
    MatchingPerson Zofia, MatchingPerson Hidden, MatchingPerson Ravi)
{
    public static async Task<MatchingWorld> CreateAsync(MatchingWebFactory app)
    {
        var builder = await EmployerAsync(app, "werk@bouwleiden.example", "Bouw Leiden");
        var sponsor = await EmployerAsync(app, "hr@staalsponsor.example", "Staal Sponsor");
        var stranger = await EmployerAsync(app, "hr@anderbedrijf.example", "Ander Bedrijf");
        var organisation = await sponsor.Api.PutAsJsonAsync("/api/v1/me/organisation", new
        {
            name = "Staal Sponsor", sectors = new[] { "construction" }, locations = new[] { "Leiden" },
            isRecognisedSponsor = true,
            sponsorCheckedOn = DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        organisation.StatusCode.ShouldBe(HttpStatusCode.OK, await organisation.Content.ReadAsStringAsync());
        var builderVacancy = await People.PublishedAsync(builder.Api, "Lasser bouwplaats");
        var visa = People.Welder("Lasser met visum");
        visa["visaSponsorship"] = true;
        var sponsorVacancy = await People.CreateAsync(sponsor.Api, visa);
        (await sponsor.Api.PostAsync($"/api/v1/vacancies/{sponsorVacancy}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // The hidden one first: when the last one is searchable, the index has seen the hidden one too.
        var hidden = await CandidateAsync(app, "Hanna Verborgen", "EuEeaOrSwissCitizen", visible: false,
            ("pl", "C2"), ("nl", "A2"));
        var zofia = await CandidateAsync(app, "Zofia Kowalska", "EuEeaOrSwissCitizen", visible: true,
            ("pl", "C2"), ("nl", "A2"));
        var ravi = await CandidateAsync(app, "Ravi Sharma", "NeedsSponsorHighlySkilledMigrant", visible: true,
            ("pl", "C1"), ("en", "B2"));

        await Eventually.GetJsonAsync(sponsor.Api, "/api/v1/candidates?q=lasser&pageSize=100",
            r => r.Ids().Contains(zofia.Id) && r.Ids().Contains(ravi.Id), "Zofia and Ravi in the candidate index");
        await Eventually.GetJsonAsync(zofia.Api, "/api/v1/me/matches?limit=50",
            r => r.Ids().Contains(builderVacancy) && r.Ids().Contains(sponsorVacancy), "both welder vacancies among Zofia's matches");
        return new MatchingWorld(builder, sponsor, stranger, builderVacancy, sponsorVacancy, zofia, hidden, ravi);
    }

    private static async Task<MatchingPerson> EmployerAsync(MatchingWebFactory app, string email, string organisation)
    {
        await People.EmployerBrowserAsync(app, email, organisation);
        return new MatchingPerson(await People.ApiAsync(app, email, Visitor.Password), email, organisation, Guid.Empty);
    }

    /// <summary>A welder with four of the welder's essential skills (as the app suggests them), living in Leiden.</summary>
    private static async Task<MatchingPerson> CandidateAsync(MatchingWebFactory app, string name, string authorisation,
        bool visible, params (string Language, string Level)[] languages)
    {
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}-{Guid.NewGuid():N}@kandidaat.example";
        (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register/candidate",
            new { email, password = Visitor.Password, displayName = name })).EnsureSuccessStatusCode();
        await Visitor.ConfirmFromOutboxAsync(app, app.NewBrowser(), email);
        var api = await app.ApiClientAsync(email);
        await PutProfileAsync(api, new { desiredOccupations = new[] { People.WelderUri } });
        var skills = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile/skill-suggestions"))
            .EnumerateArray().Take(4).Select(s => s.GetProperty("uri").GetString()).ToArray();
        skills.Length.ShouldBe(4);
        await PutProfileAsync(api, new
        {
            desiredOccupations = new[] { People.WelderUri },
            skills,
            languages = languages.Select(l => new { language = l.Language, level = l.Level }).ToArray(),
            educationLevel = "Mbo2",
            workAuthorisation = authorisation,
            hoursPerWeekMin = 32,
            hoursPerWeekMax = 40,
            homePlace = "Leiden",
            maxCommuteKm = 30,
            visibleToEmployers = visible,
        });
        var id = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile")).GetProperty("candidateId").GetGuid();
        return new MatchingPerson(api, email, name, id);
    }

    private static async Task PutProfileAsync(HttpClient api, object profile)
    {
        var response = await api.PutAsJsonAsync("/api/v1/me/profile", profile);
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }
}
