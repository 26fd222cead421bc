using Mediator;

namespace TalentMatch.Application.Candidates.DeleteMyCv;

/// <summary>Removes the signed-in candidate's CV and its file; nothing happens when there is none.</summary>
public sealed record DeleteMyCvCommand : ICommand;
