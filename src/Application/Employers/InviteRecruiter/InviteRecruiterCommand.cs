using Mediator;

namespace TalentMatch.Application.Employers.InviteRecruiter;

/// <summary>The owner invites a colleague by e-mail; the link lets them create or attach an account.</summary>
public sealed record InviteRecruiterCommand(string Email, string Culture) : ICommand;
