using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.Templates;

public static class EnglishTemplates
{
    public static TemplateLanguage Language { get; } = new(
        "en",
        "If the button does not work, copy this link into your browser:",
        "TalentMatch Leiden",
        new Dictionary<EmailTemplate, TemplateText>
        {
            [EmailTemplate.ConfirmEmail] = new(
                "Confirm your e-mail address for TalentMatch Leiden",
                "Confirm your e-mail address",
                "Welcome to TalentMatch Leiden. Please confirm your e-mail address to activate your account.",
                "Confirm e-mail address",
                "If you did not create an account, you can ignore this message."),
            [EmailTemplate.ResetPassword] = new(
                "Reset your TalentMatch password",
                "Reset your password",
                "We received a request to reset the password of your TalentMatch account. "
                + "Use the button below to choose a new password.",
                "Choose a new password",
                "If you did not ask for this, you can ignore this message: your password stays the same."),
            [EmailTemplate.AlreadyRegistered] = new(
                "You already have a TalentMatch account",
                "You already have an account",
                "Someone tried to register a new TalentMatch account with this e-mail address, "
                + "but an account already exists. You can log in with your existing account.",
                "Log in",
                "Forgot your password? Use \"Forgot password\" on the login page. "
                + "If this was not you, you can ignore this message."),
            [EmailTemplate.SetPassword] = new(
                "Set your password for TalentMatch Leiden",
                "Set your password",
                "An account has been created for you on TalentMatch Leiden. Choose a password to start using it.",
                "Set password",
                "This link is valid for a limited time. If you did not expect this message, you can ignore it."),
            [EmailTemplate.InviteRecruiter] = new(
                "You are invited to recruit on TalentMatch Leiden",
                "Join your organisation on TalentMatch Leiden",
                "A colleague invited you to manage your organisation's vacancies on TalentMatch Leiden. "
                + "Open the invitation to create your account, or log in first to add your existing employer account.",
                "Open the invitation",
                "The invitation is valid for 7 days and can be used once. If you did not expect it, you can ignore this message."),
            [EmailTemplate.ApplicationReceived] = new(
                "New application on TalentMatch Leiden",
                "You have a new application",
                "A candidate applied to one of your organisation's vacancies on TalentMatch Leiden. "
                + "Log in to read the application and answer the candidate.",
                "Open the application",
                "You receive this message because you created the vacancy or manage your organisation's account."),
            [EmailTemplate.ApplicationWithdrawn] = new(
                "An application was withdrawn on TalentMatch Leiden",
                "A candidate withdrew their application",
                "A candidate withdrew their application to one of your organisation's vacancies. "
                + "You do not need to do anything; the application is now closed.",
                "See the application",
                "You receive this message because you created the vacancy or manage your organisation's account."),
            [EmailTemplate.JobInvitation] = new(
                "An employer invites you to apply on TalentMatch Leiden",
                "You are invited to apply",
                "An employer saw that your profile matches one of its vacancies and invites you to apply. "
                + "The employer does not know who you are: only if you accept will it see your name and e-mail address.",
                "See the invitation",
                "You receive this message because your profile is visible to employers. You can change that in your profile."),
            [EmailTemplate.InvitationAccepted] = new(
                "A candidate accepted your invitation on TalentMatch Leiden",
                "Your invitation was accepted",
                "A candidate you invited accepted and applied. You can now see their name and e-mail address.",
                "Open the application",
                "You receive this message because you invited the candidate."),
            [EmailTemplate.InvitationDeclined] = new(
                "A candidate declined your invitation on TalentMatch Leiden",
                "Your invitation was declined",
                "A candidate you invited declined the invitation. They stay anonymous.",
                "See the invitation",
                "You receive this message because you invited the candidate."),
            [EmailTemplate.ApplicationStageChanged] = new(
                "News about your application on TalentMatch Leiden",
                "There is news about your application",
                "The employer has moved your application on. Log in to see where it stands.",
                "Open your application",
                "You receive this message because you applied through TalentMatch Leiden."),
            [EmailTemplate.ApplicationMessageToCandidate] = new(
                "New message about your application on TalentMatch Leiden",
                "You have a new message",
                "The employer sent you a message about your application. Log in to read it and reply.",
                "Read the message",
                "You receive this message because you applied through TalentMatch Leiden."),
            [EmailTemplate.ApplicationMessageToEmployer] = new(
                "New message about an application on TalentMatch Leiden",
                "You have a new message",
                "A candidate sent a message about their application to one of your organisation's vacancies.",
                "Read the message",
                "You receive this message because you created the vacancy, invited the candidate or manage your organisation's account."),
            [EmailTemplate.PlacementReported] = new(
                "Please confirm a hire on TalentMatch Leiden",
                "A candidate reports they got one of your jobs",
                "A candidate reports that they found a job at your organisation through a match on TalentMatch Leiden. "
                + "Please confirm or reject it: the municipality counts confirmed placements, anonymously.",
                "Confirm or reject",
                "You receive this message because you created the vacancy or manage your organisation's account."),
            [EmailTemplate.PlacementAnswered] = new(
                "The employer answered your report on TalentMatch Leiden",
                "The employer answered your report",
                "The employer has confirmed or rejected the job you reported as found through TalentMatch Leiden.",
                "See the answer",
                "You receive this message because you reported a job on TalentMatch Leiden."),
        });
}
