using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.Search;

/// <summary>A language with its minimum level as the index and the filters write it: "nl:B1".</summary>
public static class LanguageRequirement
{
    public static string Format(LanguageSkill skill) => $"{skill.Language.Value}:{skill.Level}";

    /// <summary>Case does not matter ("NL:b1" is "nl:B1"); see <see cref="Normalise"/>.</summary>
    public static bool IsValid(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2 && LanguageCode.IsValid(parts[0]) && parts[1].Length == 2 && !parts[1].Contains(',')
            && char.IsAsciiLetter(parts[1][0])
            && Enum.TryParse<CefrLevel>(parts[1], ignoreCase: true, out var level) && Enum.IsDefined(level);
    }

    /// <summary>"nl:B1" → ("nl", B1); for values that passed <see cref="IsValid"/>.</summary>
    public static (string Language, CefrLevel Level) Parse(string value)
    {
        var parts = value.Split(':');
        return (parts[0].Trim().ToLowerInvariant(), Enum.Parse<CefrLevel>(parts[1].Trim(), ignoreCase: true));
    }

    /// <summary>"nl:B1" → nl:B1, nl:B2, nl:C1, nl:C2: the values of everyone who speaks at least that level.</summary>
    public static IEnumerable<string> AtLeast(string value)
    {
        var (language, level) = Parse(value);
        return Enum.GetValues<CefrLevel>().Where(l => l >= level).Select(l => $"{language}:{l}");
    }

    /// <summary>The form the index holds: "NL:b1" → "nl:B1".</summary>
    public static string Normalise(string value)
    {
        var (language, level) = Parse(value);
        return $"{language}:{level}";
    }
}
