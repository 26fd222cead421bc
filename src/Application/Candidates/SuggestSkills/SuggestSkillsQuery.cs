using Mediator;

namespace TalentMatch.Application.Candidates.SuggestSkills;

/// <summary>
/// The essential ESCO skills of the candidate's desired occupations that they do not have yet, for one-click adding.
/// Labels in <paramref name="Language"/> where ESCO has one (skills: en, fr, es), else English.
/// </summary>
public sealed record SuggestSkillsQuery(string? Language = null) : IQuery<IReadOnlyList<SkillSuggestionDto>>;
