namespace TalentMatch.Application.Vacancies.SuggestSkills;

/// <summary>Labels in the request's language; skills are ESCO's essential skills of the occupation.</summary>
public sealed record OccupationSuggestionDto(string Uri, string Label, string? Sector, IReadOnlyList<SkillOptionDto> Skills);

public sealed record SkillOptionDto(string Uri, string Label);
