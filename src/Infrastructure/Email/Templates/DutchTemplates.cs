using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.Templates;

public static class DutchTemplates
{
    public static TemplateLanguage Language { get; } = new(
        "nl",
        "Werkt de knop niet? Kopieer dan deze link naar je browser:",
        "TalentMatch Leiden",
        new Dictionary<EmailTemplate, TemplateText>
        {
            [EmailTemplate.ConfirmEmail] = new(
                "Bevestig je e-mailadres voor TalentMatch Leiden",
                "Bevestig je e-mailadres",
                "Welkom bij TalentMatch Leiden. Bevestig je e-mailadres om je account te activeren.",
                "E-mailadres bevestigen",
                "Heb je geen account aangemaakt? Dan kun je dit bericht negeren."),
            [EmailTemplate.ResetPassword] = new(
                "Stel je TalentMatch-wachtwoord opnieuw in",
                "Nieuw wachtwoord instellen",
                "We hebben een verzoek ontvangen om het wachtwoord van je TalentMatch-account opnieuw in te stellen. "
                + "Kies met de knop hieronder een nieuw wachtwoord.",
                "Kies een nieuw wachtwoord",
                "Heb je dit niet aangevraagd? Dan kun je dit bericht negeren: je wachtwoord blijft hetzelfde."),
            [EmailTemplate.AlreadyRegistered] = new(
                "Je hebt al een TalentMatch-account",
                "Je hebt al een account",
                "Iemand probeerde met dit e-mailadres een nieuw TalentMatch-account aan te maken, "
                + "maar er bestaat al een account. Je kunt inloggen met je bestaande account.",
                "Inloggen",
                "Wachtwoord vergeten? Gebruik dan \"Wachtwoord vergeten\" op de inlogpagina. "
                + "Was jij dit niet? Dan kun je dit bericht negeren."),
            [EmailTemplate.SetPassword] = new(
                "Stel je wachtwoord in voor TalentMatch Leiden",
                "Stel je wachtwoord in",
                "Er is een account voor je aangemaakt op TalentMatch Leiden. Kies een wachtwoord om aan de slag te gaan.",
                "Wachtwoord instellen",
                "Deze link is beperkt geldig. Verwachtte je dit bericht niet? Dan kun je het negeren."),
            [EmailTemplate.InviteRecruiter] = new(
                "Je bent uitgenodigd om te werven via TalentMatch Leiden",
                "Sluit je aan bij je organisatie op TalentMatch Leiden",
                "Een collega heeft je uitgenodigd om de vacatures van jullie organisatie te beheren op TalentMatch Leiden. "
                + "Open de uitnodiging om een account aan te maken, of log eerst in om je bestaande werkgeversaccount toe te voegen.",
                "Uitnodiging openen",
                "De uitnodiging is 7 dagen geldig en werkt één keer. Verwachtte je dit bericht niet? Dan kun je het negeren."),
        });
}
