using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.Search;

/// <summary>A language with its minimum level as the index and the filters write it: "nl:B1".</summary>
public static class LanguageRequirement
{
    public static string Format(LanguageSkill skill) => $"{skill.Language.Value}:{skill.Level}";

    public static bool IsValid(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2 && LanguageCode.IsValid(parts[0])
            && Enum.TryParse<CefrLevel>(parts[1], ignoreCase: false, out var level) && Enum.IsDefined(level)
            && char.IsAsciiLetter(parts[1][0]);
    }

    /// <summary>"nl:B1" → ("nl", B1); for values that passed <see cref="IsValid"/>.</summary>
    public static (string Language, CefrLevel Level) Parse(string value)
    {
        var parts = value.Split(':');
        return (parts[0].Trim().ToLowerInvariant(), Enum.Parse<CefrLevel>(parts[1]));
    }
}
