using Mediator;

namespace TalentMatch.Application.Accounts.ConfirmEmail;

public sealed record ConfirmEmailCommand(Guid UserId, string Code) : ICommand;
