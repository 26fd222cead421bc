namespace TalentMatch.Infrastructure.Email.Templates.Alerts;

public static class DutchAlertTexts
{
    public static AlertTexts Texts { get; } = new(
        "nl",
        (n, name) => n == 1 ? $"1 nieuwe vacature voor je alert ‘{name}’" : $"{n} nieuwe vacatures voor je alert ‘{name}’",
        (n, name) => n == 1 ? $"1 nieuwe kandidaat voor je alert ‘{name}’" : $"{n} nieuwe kandidaten voor je alert ‘{name}’",
        (n, alerts) => $"Je dagelijkse alertoverzicht: {Matches(n)}{In(alerts)}",
        (n, alerts) => $"Je wekelijkse alertoverzicht: {Matches(n)}{In(alerts)}",
        "TalentMatch heeft iets nieuws gevonden voor je alert.",
        "Dit hebben je alerts gevonden, per alert.",
        "Waarom dit past:",
        "Kandidaat",
        "Beroepen:",
        "Talen:",
        km => $"{km} km hiervandaan",
        n => n == 1 ? "En nog 1" : $"En nog {n}",
        "Afmelden voor deze alert",
        "Je alerts beheren",
        "Afmelden voor deze alert",
        "Afmelden voor alle alerts in deze e-mail",
        "Je krijgt deze e-mail omdat je een alert hebt aangezet op TalentMatch Leiden. "
        + "De afmeldlink werkt zonder in te loggen.",
        "TalentMatch Leiden");

    private static string Matches(int n) => n == 1 ? "1 nieuwe match" : $"{n} nieuwe matches";

    private static string In(int alerts) => alerts == 1 ? string.Empty : $" in {alerts} alerts";
}
