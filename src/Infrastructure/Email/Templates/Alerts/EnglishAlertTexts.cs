namespace TalentMatch.Infrastructure.Email.Templates.Alerts;

public static class EnglishAlertTexts
{
    public static AlertTexts Texts { get; } = new(
        "en",
        (n, name) => n == 1 ? $"1 new vacancy for your alert “{name}”" : $"{n} new vacancies for your alert “{name}”",
        (n, name) => n == 1 ? $"1 new candidate for your alert “{name}”" : $"{n} new candidates for your alert “{name}”",
        (n, alerts) => $"Your daily alert digest: {Matches(n)}{In(alerts)}",
        (n, alerts) => $"Your weekly alert digest: {Matches(n)}{In(alerts)}",
        "TalentMatch found something new for your alert.",
        "Here is what your alerts found, grouped per alert.",
        "Why it matches:",
        "Candidate",
        "Occupations:",
        "Languages:",
        km => $"{km} km away",
        n => n == 1 ? "And 1 more" : $"And {n} more",
        "Unsubscribe from this alert",
        "Manage your alerts",
        "Unsubscribe from this alert",
        "Unsubscribe from all alerts in this e-mail",
        "You get this e-mail because you switched on an alert on TalentMatch Leiden. "
        + "The unsubscribe link works without logging in.",
        "TalentMatch Leiden");

    private static string Matches(int n) => n == 1 ? "1 new match" : $"{n} new matches";

    private static string In(int alerts) => alerts == 1 ? string.Empty : $" in {alerts} alerts";
}
