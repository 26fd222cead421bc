namespace TalentMatch.Application.Common.Interfaces;

public enum EmailTemplate
{
    ConfirmEmail,
    ResetPassword,
    AlreadyRegistered,
    SetPassword,
    InviteRecruiter,
    ApplicationReceived,
    ApplicationWithdrawn,
    JobInvitation,
    InvitationAccepted,
    InvitationDeclined,
    ApplicationStageChanged,
    ApplicationMessageToCandidate,
    ApplicationMessageToEmployer,
    PlacementReported,
    PlacementAnswered,
}
