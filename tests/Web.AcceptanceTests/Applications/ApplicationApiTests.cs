using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Applications;

/// <summary>The whole way over HTTP: apply, stages, messages, notes, hire; invitations; ProblemDetails for bad calls.</summary>
[Collection(ApplicationAppCollection.Name)]
public sealed class ApplicationApiTests(ApplicationWebFactory app)
{
    private ApplicationWorld W => app.World;

    [Fact]
    public async Task Apply_ThenStagesMessagesAndHire_BothSidesSeeTheirOwnView()
    {
        var vacancy = await W.NewVacancyAsync("Lasser TIG");
        var id = await W.AnaAppliesAsync(vacancy);

        var list = await W.Recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{vacancy}/applications");
        list.GetProperty("items")[0].GetProperty("candidateName").GetString().ShouldBe("Ana Lopez");
        var seen = await W.Recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        seen.GetProperty("contact").GetProperty("email").GetString().ShouldBe(ApplicationWorld.AnaEmail);
        seen.GetProperty("motivation").GetString().ShouldBe("Ik las al tien jaar.");
        (await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/stage", new { stage = "Interview" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/messages", new { text = "Dinsdag om 10 uur?" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/notes", new { text = "NOTE-ONLY-FOR-US: strong" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await W.Ana.PostAsJsonAsync($"/api/v1/me/applications/{id}/messages", new { text = "Prima!" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/stage", new { stage = "Offer" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var hire = await W.Recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/hire", new
        {
            startDate = DateTime.UtcNow.Date.AddDays(30).ToString("yyyy-MM-dd"), hoursPerWeek = 38, contractType = "Permanent",
            sponsorNeeded = false, housingArranged = true,
        });
        hire.StatusCode.ShouldBe(HttpStatusCode.Created, await hire.Content.ReadAsStringAsync());

        var mineRaw = await W.Ana.GetStringAsync($"/api/v1/me/applications/{id}");
        mineRaw.ShouldNotContain("NOTE-ONLY-FOR-US");
        mineRaw.ShouldNotContain("notes");
        var mine = JsonDocument.Parse(mineRaw).RootElement;
        mine.GetProperty("stage").GetString().ShouldBe("Hired");
        mine.GetProperty("stageText").GetString().ShouldBe("You got the job");
        mine.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("text").GetString()).ShouldBe(
            ["Your application has been sent", "You are invited for an interview", "You have received an offer", "You got the job"]);
        mine.GetProperty("messages").GetArrayLength().ShouldBe(2);
        var placements = await W.Owner.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{vacancy}/placements");
        placements[0].GetProperty("status").GetString().ShouldBe("Confirmed");
        placements[0].GetProperty("housingArranged").GetBoolean().ShouldBeTrue();
        (await app.MessagesToAsync(ApplicationWorld.AnaEmail)).Select(m => m.Subject)
            .ShouldContain("New message about your application on TalentMatch Leiden");
    }

    [Fact]
    public async Task Invite_AcceptedByTheCandidate_SharesContact_DeclinedStaysAnonymous()
    {
        var vacancy = await W.NewVacancyAsync("Lasser uitnodiging");
        var invite = await W.Recruiter.PostAsJsonAsync($"/api/v1/vacancies/{vacancy}/invitations", new { candidateId = W.AnaId, message = "Interesse?" });
        invite.StatusCode.ShouldBe(HttpStatusCode.Created, await invite.Content.ReadAsStringAsync());
        var id = (await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var boInvite = await W.Recruiter.PostAsJsonAsync($"/api/v1/vacancies/{vacancy}/invitations", new { candidateId = W.BoId });
        var boId = (await boInvite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await W.Recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("contact").ValueKind.ShouldBe(JsonValueKind.Null);
        (await W.Ana.PostAsJsonAsync($"/api/v1/me/applications/{id}/accept", new { keepForAYear = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await W.Bo.PostAsync($"/api/v1/me/applications/{boId}/decline", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await W.Recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("contact").GetProperty("name").GetString().ShouldBe("Ana Lopez");
        var declined = await W.Recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{boId}");
        (declined.GetProperty("stage").GetString(), declined.GetProperty("contact").ValueKind).ShouldBe(("Declined", JsonValueKind.Null));
        (await app.MessagesToAsync(ApplicationWorld.RecruiterEmail)).Select(m => m.Subject).ShouldContain("A candidate accepted your invitation on TalentMatch Leiden");
        var again = await W.Ana.PostAsJsonAsync($"/api/v1/me/applications/{id}/accept", new { });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("InvitationNotPending");
    }

    [Fact]
    public async Task BadInput_Is400WithTheField_BrokenRule409_UnknownIds404()
    {
        var vacancy = await W.NewVacancyAsync("Lasser invoer");
        var id = await W.AnaAppliesAsync(vacancy);

        await ShouldBeFieldErrorAsync(await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/stage", new { stage = "Hired" }), "Stage");
        await ShouldBeFieldErrorAsync(await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/messages", new { text = "  " }), "Text");
        await ShouldBeFieldErrorAsync(await W.Ana.PostAsJsonAsync($"/api/v1/me/applications/{id}/messages", new { text = new string('x', 2001) }), "Text");
        await ShouldBeFieldErrorAsync(await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/hire", new { hoursPerWeek = 99, contractType = "Forever" }), "HoursPerWeek");
        (await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/hire", new { startDate = "not a date" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var early = await W.Owner.PostAsJsonAsync($"/api/v1/applications/{id}/hire", new
        {
            startDate = DateTime.UtcNow.Date.AddDays(30).ToString("yyyy-MM-dd"), hoursPerWeek = 38, contractType = "Permanent",
        });
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("HiringNeedsOffer");
        var twice = await W.Ana.PostAsJsonAsync($"/api/v1/vacancies/{vacancy}/applications", new { motivation = "again" });
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await twice.Content.ReadFromJsonAsync<JsonElement>();
        (conflict.GetProperty("code").GetString(), conflict.GetProperty("detail").GetString())
            .ShouldBe(("ApplicationAlreadyOpen", "There is already an open application or invitation for this candidate and vacancy."));
        (await W.Ana.PostAsJsonAsync($"/api/v1/vacancies/{Guid.NewGuid()}/applications", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await W.Owner.GetAsync($"/api/v1/applications/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await W.Ana.GetAsync($"/api/v1/me/applications/{id}/cv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await W.Owner.GetAsync("/api/v1/applications?page=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ReportedPlacement_ConfirmedByTheEmployer_IsListedForTheCandidate()
    {
        var vacancy = await W.NewVacancyAsync("Lasser gemeld");
        var report = await W.Bo.PostAsJsonAsync("/api/v1/me/placements", new { vacancyId = vacancy });
        report.StatusCode.ShouldBe(HttpStatusCode.Created, await report.Content.ReadAsStringAsync());
        var id = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await W.OtherEmployer.PostAsJsonAsync($"/api/v1/placements/{id}/confirm", Terms())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ShouldBeFieldErrorAsync(await W.Owner.PostAsJsonAsync($"/api/v1/placements/{id}/confirm", new { hoursPerWeek = 38 }), "StartDate");
        (await W.Owner.PostAsJsonAsync($"/api/v1/placements/{id}/confirm", Terms())).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await W.Owner.PostAsync($"/api/v1/placements/{id}/reject", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var mine = await W.Bo.GetFromJsonAsync<JsonElement>("/api/v1/me/placements");
        mine.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id).GetProperty("status").GetString().ShouldBe("Confirmed");
        (await W.Bo.PostAsJsonAsync("/api/v1/me/placements", new { vacancyId = vacancy })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    private static object Terms() => new
    {
        startDate = DateTime.UtcNow.Date.AddDays(10).ToString("yyyy-MM-dd"), hoursPerWeek = 32, contractType = "FixedTerm",
        sponsorNeeded = false, housingArranged = false,
    };

    private static async Task ShouldBeFieldErrorAsync(HttpResponseMessage response, string field)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
    }
}
