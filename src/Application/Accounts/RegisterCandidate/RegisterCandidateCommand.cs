using Mediator;

namespace TalentMatch.Application.Accounts.RegisterCandidate;

/// <summary>Creates a candidate account and sends the confirmation e-mail.</summary>
public sealed record RegisterCandidateCommand(string Email, string Password, string DisplayName, string Culture)
    : ICommand;
