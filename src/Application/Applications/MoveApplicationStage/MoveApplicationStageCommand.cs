using Mediator;

namespace TalentMatch.Application.Applications.MoveApplicationStage;

/// <summary>
/// A member of the organisation moves an application to Screening, Interview, Offer or NotSelected (by name). Stages
/// move forward only; hiring is <c>HireCandidateCommand</c>.
/// </summary>
public sealed record MoveApplicationStageCommand(Guid ApplicationId, string? Stage) : ICommand;
