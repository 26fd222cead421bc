using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Alerts.CreateAlert;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Alerts;

public sealed class CreateAlertHandlerTests : IAsyncLifetime
{
    private AlertWorld _w = null!;

    public async Task InitializeAsync() => _w = await AlertWorld.CreateAsync();

    public Task DisposeAsync()
    {
        _w.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SavedSearch_WithoutName_IsNamedAfterTheSearch_AndKeepsTheValuesAsSent()
    {
        var alert = await _w.CreateAlertAsync(new CreateAlertCommand("savedsearch", Search: new(Q: " lasser ",
            Sector: ["construction", "Construction"], OccupationGroup: ["721"], Near: "Leiden", RadiusKm: 25,
            Language: ["NL:b1"], Sort: "date", Page: 3), Frequency: "daily", QuietFrom: "22:00", QuietUntil: "7:00"));

        alert.Name.ShouldBe("lasser · Leiden · 25 km");
        alert.Kind.ShouldBe("SavedSearch");
        alert.Frequency.ShouldBe("Daily");
        (alert.QuietFrom, alert.QuietUntil).ShouldBe(("22:00", "07:00"));
        await using var db = _w.Cases.NewContext();
        var saved = await db.AlertSubscriptions.SingleAsync();
        saved.OwnerId.ShouldBe(_w.CandidateUser);
        saved.Culture.ShouldBe("en");
        saved.Criteria!.Text.ShouldBe("lasser");
        saved.Criteria.Sectors.ShouldBe(["construction"]);
        saved.Criteria.OccupationGroups.ShouldBe(["721"]);
        saved.Criteria.Languages.ShouldBe(["NL:b1"]);
        saved.Criteria.RadiusKm.ShouldBe(25);
        saved.CreatedAt.ShouldBe(_w.Clock.GetUtcNow());
        saved.UpdatedAt.ShouldBe(saved.CreatedAt);
    }

    [Fact]
    public async Task SavedSearch_InDutch_IsMailedInDutch_AndDefaultNameOfAnEmptySearchIsDutch()
    {
        using var _ = Culture.Use("nl-NL");

        var alert = await _w.CreateAlertAsync(new CreateAlertCommand("SavedSearch", Search: new()));

        alert.Culture.ShouldBe("nl");
        alert.Name.ShouldBe("Alle vacatures");
        alert.Frequency.ShouldBe("Instant");
    }

    [Fact]
    public async Task Twentieth_IsAccepted_TwentyFirst_BreaksTheLimit()
    {
        for (var i = 0; i < AlertSubscription.MaxPerOwner; i++)
        {
            await _w.SavedSearchAsync($"search {i}");
        }

        var broken = await Should.ThrowAsync<BusinessRuleException>(() => _w.SavedSearchAsync("one more"));

        broken.BrokenRule.Code.ShouldBe("AlertLimitReached");
        (await _w.Db.AlertSubscriptions.CountAsync()).ShouldBe(AlertSubscription.MaxPerOwner);
    }

    [Fact]
    public async Task ProfileAlert_Twice_BreaksTheOnePerCandidateRule()
    {
        var alert = await _w.CreateAlertAsync(new CreateAlertCommand("MatchingVacancies", Frequency: "Weekly"));
        alert.Name.ShouldBe("Vacancies that match my profile");

        var broken = await Should.ThrowAsync<BusinessRuleException>(() =>
            _w.CreateAlertAsync(new CreateAlertCommand("MatchingVacancies")));

        broken.BrokenRule.Code.ShouldBe("ProfileAlertExists");
    }

    [Fact]
    public async Task CandidateAlert_ForOwnPublishedVacancy_OncePerVacancy()
    {
        var vacancy = await _w.PublishedAsync("Lasser bouwplaats");
        var other = await _w.PublishedAsync("Lasser werkplaats");
        _w.AsEmployer();

        var alert = await _w.CreateAlertAsync(new CreateAlertCommand("MatchingCandidates", VacancyId: vacancy.Id.Value));
        await _w.CreateAlertAsync(new CreateAlertCommand("MatchingCandidates", VacancyId: other.Id.Value));
        var broken = await Should.ThrowAsync<BusinessRuleException>(() =>
            _w.CreateAlertAsync(new CreateAlertCommand("MatchingCandidates", VacancyId: vacancy.Id.Value)));

        alert.Name.ShouldBe("Candidates for Lasser bouwplaats");
        (alert.VacancyId, alert.VacancyTitle).ShouldBe((vacancy.Id.Value, "Lasser bouwplaats"));
        broken.BrokenRule.Code.ShouldBe("VacancyAlertExists");
    }

    [Fact]
    public async Task CandidateAlert_ForAnotherOrganisationsVacancy_IsNotFound_AndForADraft_BreaksARule()
    {
        var vacancy = await _w.PublishedAsync();
        var strangerUser = UserId.New();
        _w.Db.Employers.Add(Domain.Employers.Employer.Register("Ander", Domain.Employers.KvkNumber.Create("87654321"), false,
            strangerUser, _w.Clock.GetUtcNow()));
        await _w.Db.SaveChangesAsync();
        _w.SignIn(strangerUser, Roles.Employer);

        await Should.ThrowAsync<NotFoundException>(() =>
            _w.CreateAlertAsync(new CreateAlertCommand("MatchingCandidates", VacancyId: vacancy.Id.Value)));

        vacancy.Close(_w.Employer, _w.EmployerUser, _w.Clock.GetUtcNow());
        await _w.Db.SaveChangesAsync();
        _w.AsEmployer();
        (await Should.ThrowAsync<BusinessRuleException>(() =>
            _w.CreateAlertAsync(new CreateAlertCommand("MatchingCandidates", VacancyId: vacancy.Id.Value))))
            .BrokenRule.Code.ShouldBe("AlertVacancyNotPublished");
    }

    [Fact]
    public async Task WrongRole_IsForbidden()
    {
        _w.AsEmployer();
        await Should.ThrowAsync<ForbiddenAccessException>(() => _w.SavedSearchAsync());

        _w.AsCandidate();
        await Should.ThrowAsync<ForbiddenAccessException>(() =>
            _w.CreateAlertAsync(new CreateAlertCommand("MatchingCandidates", VacancyId: Guid.NewGuid())));
    }
}
