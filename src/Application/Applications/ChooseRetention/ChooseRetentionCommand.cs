using Mediator;

namespace TalentMatch.Application.Applications.ChooseRetention;

/// <summary>
/// The candidate's choice for one of their applications: keep the data a year after the vacancy closes (so the
/// employer may come back with another job), or delete it four weeks after.
/// </summary>
public sealed record ChooseRetentionCommand(Guid ApplicationId, bool KeepForAYear) : ICommand;
