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
        });
}
