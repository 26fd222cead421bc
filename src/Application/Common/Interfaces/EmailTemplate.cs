namespace TalentMatch.Application.Common.Interfaces;

public enum EmailTemplate
{
    ConfirmEmail,
    ResetPassword,
    AlreadyRegistered,
    SetPassword,
    InviteRecruiter,
}
