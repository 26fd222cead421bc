namespace TalentMatch.Domain.Matching;

/// <summary>
/// The codes matching puts on a requirement a person can close ("language:nl", "recognition", "big",
/// "certificate:VCA-BASIS", "sponsorship", "housing", "skills", "education"), and the two kinds of code a
/// <see cref="GapResource"/> adds: a family wildcard ("certificate:*") and <see cref="General"/>.
/// </summary>
public static class ObstacleCodes
{
    public const int MaxLength = 60;

    /// <summary>The International Centre and the like: shown for any obstacle that has no route of its own.</summary>
    public const string General = "general";

    public const char Separator = ':';

    public const string Wildcard = "*";

    /// <summary>"certificate" for "certificate:VCA-BASIS" and "certificate:*"; the code itself when it has no value.</summary>
    public static string FamilyOf(string code)
    {
        var separator = code.IndexOf(Separator, StringComparison.Ordinal);
        return separator < 0 ? code : code[..separator];
    }

    /// <summary>"certificate:*" for "certificate:VCA-BASIS"; null for a code without a value ("recognition").</summary>
    public static string? WildcardOf(string code) =>
        code.Contains(Separator, StringComparison.Ordinal) ? FamilyOf(code) + Separator + Wildcard : null;

    /// <summary>Lower-case family (letters, digits, dashes) and optionally ':' and a value (letters, digits, '.', '-', '_') or '*'.</summary>
    public static bool IsWellFormed(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > MaxLength)
        {
            return false;
        }

        var parts = code.Split(Separator);
        return parts.Length switch
        {
            1 => IsFamily(parts[0]),
            2 => IsFamily(parts[0]) && (parts[1] == Wildcard || IsValue(parts[1])),
            _ => false,
        };
    }

    private static bool IsFamily(string family) => family.Length > 0 && char.IsAsciiLetterLower(family[0])
        && family.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool IsValue(string value) => value.Length > 0 && char.IsAsciiLetterOrDigit(value[0])
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
}
