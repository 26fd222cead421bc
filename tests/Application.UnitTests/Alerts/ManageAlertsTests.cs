using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Alerts.ChangeAlert;
using TalentMatch.Application.Alerts.DeleteAlert;
using TalentMatch.Application.Alerts.GetMyAlert;
using TalentMatch.Application.Alerts.ListMyAlerts;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Alerts;

public sealed class ManageAlertsTests : IAsyncLifetime
{
    private AlertWorld _w = null!;

    public async Task InitializeAsync() => _w = await AlertWorld.CreateAsync();

    public Task DisposeAsync()
    {
        _w.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task List_ShowsOnlyOnesOwnAlerts_OldestFirst()
    {
        var first = await _w.SavedSearchAsync("lasser");
        _w.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await _w.SavedSearchAsync("verpleegkundige");
        var vacancy = await _w.PublishedAsync();
        _w.AsEmployer();
        await _w.CreateAlertAsync(new("MatchingCandidates", VacancyId: vacancy.Id.Value));
        _w.AsCandidate();

        var mine = await new ListMyAlertsHandler(_w.Db, _w.User).Handle(new ListMyAlertsQuery(), default);

        mine.Select(a => a.Id).ShouldBe([first.Id, second.Id]);
        mine[0].Search!.Q.ShouldBe("lasser");
        mine[0].Search!.Near.ShouldBe("Leiden");
    }

    [Fact]
    public async Task Change_ReplacesNameFrequencyQuietHoursAndPaused_AndMovesUpdatedAtForward()
    {
        var alert = await _w.SavedSearchAsync();

        var changed = await Change(new(alert.Id, "Lassen in Leiden", "Weekly", "21:30", "06:45", Paused: true));
        var again = await Change(new(alert.Id, "Lassen in Leiden", "Weekly", null, null, Paused: false));

        changed.Name.ShouldBe("Lassen in Leiden");
        (changed.Frequency, changed.QuietFrom, changed.QuietUntil, changed.Paused).ShouldBe(("Weekly", "21:30", "06:45", true));
        changed.UpdatedAt.ShouldBeGreaterThan(alert.UpdatedAt); // the same clock tick: still forward
        again.UpdatedAt.ShouldBeGreaterThan(changed.UpdatedAt);
        (again.QuietFrom, again.Paused).ShouldBe((null, false));
        again.Search!.Q.ShouldBe("lasser");
    }

    [Fact]
    public async Task OthersAlert_IsNotFound_ForGetChangeAndDelete()
    {
        var alert = await _w.SavedSearchAsync();
        _w.SignIn(UserId.New(), Roles.Candidate);

        await Should.ThrowAsync<NotFoundException>(async () =>
            await new GetMyAlertHandler(_w.Db, _w.User).Handle(new GetMyAlertQuery(alert.Id), default));
        await Should.ThrowAsync<NotFoundException>(() => Change(new(alert.Id, "Mine now", "Daily")));
        await Should.ThrowAsync<NotFoundException>(() => Delete(alert.Id));
        (await _w.Db.AlertSubscriptions.AsNoTracking().SingleAsync()).Name.ShouldBe("lasser · Leiden · 25 km");
    }

    [Fact]
    public async Task Delete_RemovesTheAlertAndWhatItFound_ASecondDeleteIsNotFound()
    {
        var alert = await _w.SavedSearchAsync();
        var vacancy = await _w.PublishedAsync();
        await _w.FoundAsync(alert.Id, vacancy.Id.Value);

        await Delete(alert.Id);

        await using var db = _w.Cases.NewContext();
        (await db.AlertSubscriptions.CountAsync()).ShouldBe(0);
        (await db.AlertDeliveries.CountAsync()).ShouldBe(0);
        await Should.ThrowAsync<NotFoundException>(() => Delete(alert.Id));
    }

    private async Task<Application.Alerts.Shared.AlertDto> Change(ChangeAlertCommand command) =>
        await new ChangeAlertHandler(_w.Db, _w.User, _w.Clock, NullLogger<ChangeAlertHandler>.Instance).Handle(command, default);

    private async Task Delete(Guid id) =>
        await new DeleteAlertHandler(_w.Db, _w.User, NullLogger<DeleteAlertHandler>.Instance).Handle(new DeleteAlertCommand(id), default);
}
