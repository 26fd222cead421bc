using System.Buffers;

namespace TalentMatch.Domain.Taxonomy;

/// <summary>
/// Identifiers of ESCO concepts (European Skills, Competences, Qualifications and Occupations) are URIs such as
/// <c>http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b</c>; the kind is in the path.
/// </summary>
public static class EscoUri
{
    public const string Base = "http://data.europa.eu/esco/";

    /// <summary>Long enough for every ESCO URI; the column length of stored references.</summary>
    public const int MaxLength = 200;

    private static readonly SearchValues<char> SegmentCharacters = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~");

    /// <summary>The base, the kind's segment, then one non-empty segment of URI-safe characters.</summary>
    public static bool IsWellFormed(string? value, string prefix)
    {
        if (value is null || value.Length > MaxLength || !value.StartsWith(prefix, StringComparison.Ordinal)
            || value.Length == prefix.Length)
        {
            return false;
        }

        return value.AsSpan(prefix.Length).IndexOfAnyExcept(SegmentCharacters) < 0;
    }
}
