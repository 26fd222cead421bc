using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Domain.Applications;
using TalentMatch.Infrastructure.Applications;
using TalentMatch.Web.AcceptanceTests.Candidates;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Applications;

/// <summary>
/// The retention background job in the running app, on a fake clock: two vacancies close, time moves on, and the
/// job deletes exactly what is due. (The year with consent is covered on the use case, where the clock may jump a
/// year without expiring the app's own keys.)
/// </summary>
public sealed class RetentionJobTests : IClassFixture<RetentionJobTests.FakeClockApp>
{
    private static readonly TimeSpan Moment = TimeSpan.FromMinutes(1);

    private readonly FakeClockApp _app;

    public RetentionJobTests(FakeClockApp app) => _app = app;

    [Fact]
    public async Task Job_DeletesAtFourWeeksAndAMoment_KeepsConsentedAndHired_StageCountsUnchanged()
    {
        var owner = await People.EmployerApiAsync(_app, "owner@retentie.example", "Retentie BV");
        var ana = await CandidateAsync("ana@retentie.example");
        var bo = await CandidateAsync("bo@retentie.example");
        var first = await People.PublishedAsync(owner, "Lasser A");
        var second = await People.PublishedAsync(owner, "Lasser B");
        var unsuccessful = await ApplyAsync(ana, first, keepForAYear: false);
        var consented = await ApplyAsync(bo, first, keepForAYear: true);
        var hired = await ApplyAsync(ana, second, keepForAYear: false);
        (await owner.PostAsJsonAsync($"/api/v1/applications/{unsuccessful}/stage", new { stage = "NotSelected" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.PostAsJsonAsync($"/api/v1/applications/{hired}/stage", new { stage = "Offer" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.PostAsJsonAsync($"/api/v1/applications/{hired}/hire", new
        {
            startDate = _app.Clock.GetUtcNow().AddDays(20).ToString("yyyy-MM-dd"), hoursPerWeek = 40, contractType = "Permanent",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var vacancy in new[] { first, second })
        {
            (await owner.PostAsync($"/api/v1/vacancies/{vacancy}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var before = await StageCountsAsync();

        await AdvanceAndWaitForPassAsync(ApplicationRetention.Unsuccessful - Moment);
        (await DeletedAsync()).ShouldBeEmpty();

        await AdvanceAndWaitForPassAsync(Moment * 2);
        (await DeletedAsync()).ShouldBe([unsuccessful]);
        var stub = await _app.WithDbAsync(db => db.JobApplications.AsNoTracking().SingleAsync(a => a.Id == new JobApplicationId(unsuccessful)));
        (stub.Motivation, stub.Messages.Count, stub.Stage).ShouldBe((string.Empty, 0, ApplicationStage.NotSelected));
        (await StageCountsAsync()).ShouldBe(before, ignoreOrder: true);
    }

    private async Task AdvanceAndWaitForPassAsync(TimeSpan by)
    {
        var status = _app.Services.GetRequiredService<RetentionStatus>();
        var passes = status.Passes;
        _app.Clock.Advance(by);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (status.Passes == passes)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the retention job did not run after the clock moved");
            await Task.Delay(50);
        }

        status.LastPassAt.ShouldBe(_app.Clock.GetUtcNow());
    }

    private Task<List<Guid>> DeletedAsync() => _app.WithDbAsync(db => db.JobApplications.AsNoTracking()
        .Where(a => a.PersonalDataDeletedAt != null).Select(a => a.Id.Value).ToListAsync());

    private Task<Dictionary<ApplicationStage, int>> StageCountsAsync() => _app.WithDbAsync(async db =>
        (await db.JobApplications.AsNoTracking().SelectMany(a => a.History, (a, h) => new { a.Id, h.Stage }).Distinct().ToListAsync())
            .GroupBy(x => x.Stage).ToDictionary(g => g.Key, g => g.Count()));

    private async Task<HttpClient> CandidateAsync(string email)
    {
        var browser = _app.NewBrowser();
        (await Visitor.RegisterCandidateAsync(browser, email)).EnsureSuccessStatusCode();
        await Visitor.ConfirmFromOutboxAsync(_app, browser, email);
        return await _app.ApiClientAsync(email);
    }

    private static async Task<Guid> ApplyAsync(HttpClient candidate, Guid vacancy, bool keepForAYear)
    {
        var response = await candidate.PostAsJsonAsync($"/api/v1/vacancies/{vacancy}/applications",
            new { motivation = "Ik las al jaren.", keepForAYear });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The app on a fake clock that starts now, with a one-minute retention interval.</summary>
    public sealed class FakeClockApp() : TalentMatchWebFactory(new Dictionary<string, string?>
    {
        ["Applications:Retention:Interval"] = "00:01:00",
    })
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        }
    }
}
