using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>Absolute links for e-mails; the web layer knows the public address.</summary>
public interface IAppLinks
{
    string ConfirmEmail(UserId userId, string code);

    string ResetPassword(string email, string code);

    string Login();

    /// <summary>The page where an invited colleague joins the organisation.</summary>
    string AcceptInvitation(Guid invitationId, string token);
}
