using Mediator;

namespace TalentMatch.Application.Employers.GetInvitation;

/// <summary>What the invitation page shows; 404 for a link that is not (or no longer) valid.</summary>
public sealed record GetInvitationQuery(Guid InvitationId, string Token) : IQuery<InvitationDto>;
