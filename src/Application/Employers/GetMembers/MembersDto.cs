namespace TalentMatch.Application.Employers.GetMembers;

/// <summary><paramref name="CanManage"/>: the signed-in account is the owner and may invite or remove.</summary>
public sealed record MembersDto(IReadOnlyList<MemberDto> Members, IReadOnlyList<OpenInvitationDto> OpenInvitations,
    bool CanManage);

/// <summary><paramref name="Role"/> is <c>Owner</c> or <c>Recruiter</c>.</summary>
public sealed record MemberDto(Guid UserId, string Email, string Role, DateTimeOffset Since);

public sealed record OpenInvitationDto(string Email, DateTimeOffset InvitedAt, DateTimeOffset ExpiresAt);
