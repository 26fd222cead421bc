namespace TalentMatch.Application.Employers.GetInvitation;

/// <summary><paramref name="AccountExists"/>: the invited address has an account, which joins after logging in.</summary>
public sealed record InvitationDto(string OrganisationName, string Email, bool AccountExists);
