using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.UnitTests.Alerts;

public sealed class AlertSubscriptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly UserId Owner = UserId.New();
    private static readonly SavedSearchCriteria Search = new("lasser", [], [], [], [], "Leiden", 25, null, null, null, null, null);

    [Fact]
    public void Add_UpToTheLimit_ThenBreaksAlertLimitReached()
    {
        var mine = new List<AlertSubscription>();
        for (var i = 0; i < AlertSubscription.MaxPerOwner; i++)
        {
            mine.Add(AlertSubscription.Add(mine, Owner, AlertKind.SavedSearch, $"s{i}", Search, null, AlertFrequency.Instant, null, "en", Now));
        }

        Should.Throw<BusinessRuleException>(() => AlertSubscription.Add(mine, Owner, AlertKind.MatchingVacancies, "p", null,
            null, AlertFrequency.Daily, null, "en", Now)).BrokenRule.Code.ShouldBe("AlertLimitReached");
    }

    [Fact]
    public void Add_ASecondProfileAlert_OrASecondForTheSameVacancy_BreaksARule()
    {
        var vacancy = Guid.NewGuid();
        List<AlertSubscription> mine =
        [
            AlertSubscription.Add([], Owner, AlertKind.MatchingVacancies, "p", null, null, AlertFrequency.Daily, null, "en", Now),
            AlertSubscription.Add([], Owner, AlertKind.MatchingCandidates, "v", null, vacancy, AlertFrequency.Daily, null, "en", Now),
        ];

        Should.Throw<BusinessRuleException>(() => AlertSubscription.Add(mine, Owner, AlertKind.MatchingVacancies, "p2", null,
            null, AlertFrequency.Daily, null, "en", Now)).BrokenRule.Code.ShouldBe("ProfileAlertExists");
        Should.Throw<BusinessRuleException>(() => AlertSubscription.Add(mine, Owner, AlertKind.MatchingCandidates, "v2", null,
            vacancy, AlertFrequency.Daily, null, "en", Now)).BrokenRule.Code.ShouldBe("VacancyAlertExists");
        AlertSubscription.Add(mine, Owner, AlertKind.MatchingCandidates, "other", null, Guid.NewGuid(), AlertFrequency.Daily, null,
            "en", Now).VacancyId.ShouldNotBe(vacancy);
    }

    [Fact]
    public void EveryChange_MovesUpdatedAtForward_EvenWithinOneClockTick()
    {
        var alert = AlertSubscription.Add([], Owner, AlertKind.SavedSearch, " lasser ", Search, null, AlertFrequency.Instant, null, "en", Now);
        var seen = new List<DateTimeOffset> { alert.UpdatedAt };

        alert.Change("lassen", AlertFrequency.Daily, new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)), false, Now);
        seen.Add(alert.UpdatedAt);
        alert.Pause(Now);
        seen.Add(alert.UpdatedAt);
        alert.Resume(Now.AddMinutes(1));
        seen.Add(alert.UpdatedAt);
        alert.DigestSent(Now.AddMinutes(2));

        seen.ShouldBe(seen.Order().Distinct());
        seen[^1].ShouldBe(Now.AddMinutes(1));
        alert.UpdatedAt.ShouldBe(Now.AddMinutes(1)); // the mailer's bookkeeping is not a change of the alert
        alert.Name.ShouldBe("lassen");
    }
}
