using Mediator;

namespace TalentMatch.Application.Accounts.RegisterEmployer;

/// <summary>Creates an organisation with its first (owner) account and sends the confirmation e-mail.</summary>
public sealed record RegisterEmployerCommand(string Email, string Password, string OrganisationName,
    string KvkNumber, string Culture) : ICommand;
