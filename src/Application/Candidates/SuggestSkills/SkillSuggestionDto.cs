namespace TalentMatch.Application.Candidates.SuggestSkills;

/// <summary>A skill to offer, and the desired occupations (labels) that need it: the "why" of the suggestion.</summary>
public sealed record SkillSuggestionDto(string Uri, string Label, IReadOnlyList<string> NeededFor);
