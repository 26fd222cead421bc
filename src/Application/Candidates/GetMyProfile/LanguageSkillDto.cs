namespace TalentMatch.Application.Candidates.GetMyProfile;

/// <summary>A language (ISO 639-1 code) and the CEFR level (A1 to C2).</summary>
public sealed record LanguageSkillDto(string Language, string Level);
