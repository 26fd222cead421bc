using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Infrastructure.Email.Templates.Alerts;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Templates.Alerts;

public sealed class AlertEmailRendererTests
{
    private static readonly AlertEmailItem Vacancy = new("Lasser", "Bouw & Zoon", "Leiden", 12.25, [], [], "Matches “lasser”",
        "https://tm.test/Vacancies/Details/1?a=1&b=2");

    private static readonly AlertEmailItem Candidate = new("", null, "Leiden", null, ["welder"], ["nl:B1", "pl:C2"],
        "Welder with Dutch B1", "https://tm.test/Employer/Vacancies/Matches/2");

    [Theory]
    [InlineData("en", 1, "1 new vacancy for your alert “Mine”")]
    [InlineData("en", 3, "3 new vacancies for your alert “Mine”")]
    [InlineData("nl-NL", 1, "1 nieuwe vacature voor je alert ‘Mine’")]
    [InlineData("nl", 2, "2 nieuwe vacatures voor je alert ‘Mine’")]
    [InlineData("fr", 2, "2 new vacancies for your alert “Mine”")]
    public void Render_InstantVacancies_SubjectCountsInTheLanguage(string culture, int items, string subject) =>
        Render(culture, AlertEmailKind.Instant, Section(AlertKind.SavedSearch, items, Vacancy)).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("en", AlertEmailKind.DailyDigest, "Your daily alert digest: 2 new matches in 2 alerts")]
    [InlineData("nl", AlertEmailKind.WeeklyDigest, "Je wekelijkse alertoverzicht: 2 nieuwe matches in 2 alerts")]
    public void Render_Digest_CountsItemsAndAlerts(string culture, AlertEmailKind kind, string subject) =>
        Render(culture, kind, Section(AlertKind.SavedSearch, 1, Vacancy), Section(AlertKind.MatchingVacancies, 1, Vacancy))
            .Subject.ShouldBe(subject);

    [Fact]
    public void Render_CandidateItem_IsAnAnonymousCard_TitledCandidateWhenNoOccupation()
    {
        var nl = Render("nl", AlertEmailKind.Instant, Section(AlertKind.MatchingCandidates, 1, Candidate));

        nl.Subject.ShouldBe("1 nieuwe kandidaat voor je alert ‘Mine’");
        nl.TextBody.ShouldContain("* Kandidaat\n  Leiden · Beroepen: welder · Talen: nl:B1, pl:C2\n  Waarom dit past: Welder with Dutch B1\n");
    }

    [Fact]
    public void Render_Html_EncodesValuesAndLinks_AndKeepsTheRestOfTheSectionOut()
    {
        var section = Section(AlertKind.SavedSearch, 30, Vacancy) with { MoreLink = "https://tm.test/Alerts" };

        var email = Render("en", AlertEmailKind.Instant, section);

        email.HtmlBody.ShouldContain("href=\"https://tm.test/Vacancies/Details/1?a=1&amp;b=2\"");
        email.HtmlBody.ShouldContain("Bouw &amp; Zoon · Leiden · 12.3 km away".Replace("·", "&#183;", StringComparison.Ordinal));
        email.HtmlBody.ShouldContain(">And 29 more</a>");
        email.TextBody.ShouldContain("And 29 more: https://tm.test/Alerts");
        email.TextBody.ShouldContain("Unsubscribe from this alert: https://tm.test/alerts/unsubscribe?token=all");
    }

    [Fact]
    public void Render_DigestSections_HaveTheirOwnUnsubscribeLinks()
    {
        var email = Render("en", AlertEmailKind.DailyDigest, Section(AlertKind.SavedSearch, 1, Vacancy) with { UnsubscribeLink = "https://tm.test/u?token=one" },
            Section(AlertKind.SavedSearch, 1, Vacancy) with { AlertName = "Other", UnsubscribeLink = "https://tm.test/u?token=two" });

        email.TextBody.ShouldContain("== Other ==");
        email.TextBody.ShouldContain("Unsubscribe from this alert: https://tm.test/u?token=two");
        email.TextBody.ShouldContain("Unsubscribe from all alerts in this e-mail: https://tm.test/alerts/unsubscribe?token=all");
        email.HtmlBody.ShouldContain("href=\"https://tm.test/u?token=one\"");
    }

    private static Domain.Notifications.EmailContent Render(string culture, AlertEmailKind kind, params AlertEmailSection[] sections) =>
        new AlertEmailRenderer().Render(new AlertEmail(culture, kind, sections, "https://tm.test/Alerts",
            "https://tm.test/alerts/unsubscribe?token=all"));

    private static AlertEmailSection Section(AlertKind kind, int total, AlertEmailItem item) =>
        new("Mine", kind, [item], total, string.Empty, null);
}
