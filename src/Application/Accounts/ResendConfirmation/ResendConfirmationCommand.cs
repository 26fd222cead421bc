using Mediator;

namespace TalentMatch.Application.Accounts.ResendConfirmation;

/// <summary>Always succeeds, so the form does not reveal who has an account; mails only an unconfirmed one.</summary>
public sealed record ResendConfirmationCommand(string Email) : ICommand;
