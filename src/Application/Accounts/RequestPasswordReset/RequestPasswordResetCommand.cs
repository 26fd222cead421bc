using Mediator;

namespace TalentMatch.Application.Accounts.RequestPasswordReset;

/// <summary>Always succeeds, so the form does not reveal who has an account; mails only a confirmed address.</summary>
public sealed record RequestPasswordResetCommand(string Email) : ICommand;
