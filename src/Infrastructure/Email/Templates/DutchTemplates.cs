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
            [EmailTemplate.ApplicationReceived] = new(
                "Nieuwe sollicitatie op TalentMatch Leiden",
                "Je hebt een nieuwe sollicitatie",
                "Een kandidaat heeft gesolliciteerd op een vacature van je organisatie op TalentMatch Leiden. "
                + "Log in om de sollicitatie te lezen en de kandidaat te antwoorden.",
                "Sollicitatie openen",
                "Je krijgt dit bericht omdat je de vacature hebt aangemaakt of het account van je organisatie beheert."),
            [EmailTemplate.ApplicationWithdrawn] = new(
                "Een sollicitatie is ingetrokken op TalentMatch Leiden",
                "Een kandidaat heeft de sollicitatie ingetrokken",
                "Een kandidaat heeft de sollicitatie op een vacature van je organisatie ingetrokken. "
                + "Je hoeft niets te doen; de sollicitatie is nu gesloten.",
                "Sollicitatie bekijken",
                "Je krijgt dit bericht omdat je de vacature hebt aangemaakt of het account van je organisatie beheert."),
            [EmailTemplate.JobInvitation] = new(
                "Een werkgever nodigt je uit om te solliciteren op TalentMatch Leiden",
                "Je bent uitgenodigd om te solliciteren",
                "Een werkgever zag dat je profiel past bij een van zijn vacatures en nodigt je uit om te solliciteren. "
                + "De werkgever weet niet wie je bent: alleen als je de uitnodiging aanneemt, ziet hij je naam en e-mailadres.",
                "Uitnodiging bekijken",
                "Je krijgt dit bericht omdat je profiel zichtbaar is voor werkgevers. Dat kun je in je profiel veranderen."),
            [EmailTemplate.InvitationAccepted] = new(
                "Een kandidaat heeft je uitnodiging aangenomen op TalentMatch Leiden",
                "Je uitnodiging is aangenomen",
                "Een kandidaat die je hebt uitgenodigd, heeft de uitnodiging aangenomen en gesolliciteerd. "
                + "Je ziet nu de naam en het e-mailadres.",
                "Sollicitatie openen",
                "Je krijgt dit bericht omdat je de kandidaat hebt uitgenodigd."),
            [EmailTemplate.InvitationDeclined] = new(
                "Een kandidaat heeft je uitnodiging afgeslagen op TalentMatch Leiden",
                "Je uitnodiging is afgeslagen",
                "Een kandidaat die je hebt uitgenodigd, heeft de uitnodiging afgeslagen. De kandidaat blijft anoniem.",
                "Uitnodiging bekijken",
                "Je krijgt dit bericht omdat je de kandidaat hebt uitgenodigd."),
            [EmailTemplate.ApplicationStageChanged] = new(
                "Nieuws over je sollicitatie op TalentMatch Leiden",
                "Er is nieuws over je sollicitatie",
                "De werkgever heeft je sollicitatie een stap verder gezet. Log in om te zien hoe het ervoor staat.",
                "Sollicitatie openen",
                "Je krijgt dit bericht omdat je via TalentMatch Leiden hebt gesolliciteerd."),
            [EmailTemplate.ApplicationMessageToCandidate] = new(
                "Nieuw bericht over je sollicitatie op TalentMatch Leiden",
                "Je hebt een nieuw bericht",
                "De werkgever heeft je een bericht gestuurd over je sollicitatie. Log in om het te lezen en te antwoorden.",
                "Bericht lezen",
                "Je krijgt dit bericht omdat je via TalentMatch Leiden hebt gesolliciteerd."),
            [EmailTemplate.ApplicationMessageToEmployer] = new(
                "Nieuw bericht over een sollicitatie op TalentMatch Leiden",
                "Je hebt een nieuw bericht",
                "Een kandidaat heeft een bericht gestuurd over de sollicitatie op een vacature van je organisatie.",
                "Bericht lezen",
                "Je krijgt dit bericht omdat je de vacature hebt aangemaakt, de kandidaat hebt uitgenodigd of het account van je organisatie beheert."),
            [EmailTemplate.PlacementReported] = new(
                "Bevestig een aanname op TalentMatch Leiden",
                "Een kandidaat meldt een baan bij jullie",
                "Een kandidaat meldt dat hij of zij via een match op TalentMatch Leiden een baan bij je organisatie heeft gevonden. "
                + "Bevestig of wijs dit af: de gemeente telt bevestigde plaatsingen, anoniem.",
                "Bevestigen of afwijzen",
                "Je krijgt dit bericht omdat je de vacature hebt aangemaakt of het account van je organisatie beheert."),
            [EmailTemplate.PlacementAnswered] = new(
                "De werkgever heeft je melding beantwoord op TalentMatch Leiden",
                "De werkgever heeft je melding beantwoord",
                "De werkgever heeft de baan die je meldde als gevonden via TalentMatch Leiden bevestigd of afgewezen.",
                "Antwoord bekijken",
                "Je krijgt dit bericht omdat je een baan hebt gemeld op TalentMatch Leiden."),
        });
}
