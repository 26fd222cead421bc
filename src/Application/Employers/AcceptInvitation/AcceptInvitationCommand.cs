using Mediator;

namespace TalentMatch.Application.Employers.AcceptInvitation;

/// <summary>
/// Signed in: the account (with the invited address, an Employer account in no organisation) joins. Not signed in:
/// a new Employer account is created for the invited address with <paramref name="Password"/>; following the link
/// proved the address, so it is confirmed.
/// </summary>
public sealed record AcceptInvitationCommand(Guid InvitationId, string Token, string? Password, string Culture) : ICommand;
