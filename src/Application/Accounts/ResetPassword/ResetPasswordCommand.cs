using Mediator;

namespace TalentMatch.Application.Accounts.ResetPassword;

public sealed record ResetPasswordCommand(string Email, string Code, string NewPassword) : ICommand;
