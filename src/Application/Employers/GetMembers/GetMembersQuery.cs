using Mediator;

namespace TalentMatch.Application.Employers.GetMembers;

/// <summary>The organisation's accounts and open invitations; any member may read them.</summary>
public sealed record GetMembersQuery : IQuery<MembersDto>;
