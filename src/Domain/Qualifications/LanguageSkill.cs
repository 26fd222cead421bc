namespace TalentMatch.Domain.Qualifications;

/// <summary>A language with a CEFR level: what a candidate speaks, or the minimum a vacancy asks for.</summary>
public sealed record LanguageSkill(LanguageCode Language, CefrLevel Level)
{
    public bool Meets(LanguageSkill required) => Language == required.Language && Level >= required.Level;
}
