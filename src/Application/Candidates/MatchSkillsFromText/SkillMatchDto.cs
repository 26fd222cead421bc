namespace TalentMatch.Application.Candidates.MatchSkillsFromText;

/// <summary>An ESCO skill found for part of the text: its URI, label and the words it was found for.</summary>
public sealed record SkillMatchDto(string Uri, string Label, string MatchedText);
