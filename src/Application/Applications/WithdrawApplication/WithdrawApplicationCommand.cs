using Mediator;

namespace TalentMatch.Application.Applications.WithdrawApplication;

/// <summary>The candidate withdraws their application, from any stage in progress (final).</summary>
public sealed record WithdrawApplicationCommand(Guid ApplicationId) : ICommand;
