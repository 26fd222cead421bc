namespace TalentMatch.Application.Candidates.UpdateMyProfile;

/// <summary>A language as ISO 639-1 code ("nl") and a CEFR level name ("B1").</summary>
public sealed record LanguageSkillInput(string? Language, string? Level);
