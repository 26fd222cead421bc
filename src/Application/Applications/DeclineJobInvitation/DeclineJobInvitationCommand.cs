using Mediator;

namespace TalentMatch.Application.Applications.DeclineJobInvitation;

/// <summary>The candidate declines an invitation (final); the employer never learns who they are.</summary>
public sealed record DeclineJobInvitationCommand(Guid ApplicationId) : ICommand;
