using Mediator;

namespace TalentMatch.Application.Candidates.AddMySkills;

/// <summary>Adds ESCO skills (URIs) the candidate confirmed, e.g. a suggestion; returns how many were new.</summary>
public sealed record AddMySkillsCommand(IReadOnlyList<string> Skills) : ICommand<int>;
