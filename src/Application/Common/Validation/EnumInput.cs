namespace TalentMatch.Application.Common.Validation;

/// <summary>Enum values arrive as names ("FixedTerm", case-insensitive); numbers and unknown names are refused.</summary>
public static class EnumInput
{
    public static bool IsValid<T>(string? value) where T : struct, Enum => TryParse<T>(value, out _);

    public static bool TryParse<T>(string? value, out T result) where T : struct, Enum
    {
        result = default;
        var trimmed = value?.Trim();
        // No commas: Enum.TryParse reads "FixedTerm,TemporaryAgency" as the two flags OR-ed into a third value.
        return !string.IsNullOrEmpty(trimmed) && char.IsAsciiLetter(trimmed[0]) && !trimmed.Contains(',')
            && Enum.TryParse(trimmed, ignoreCase: true, out result) && Enum.IsDefined(result);
    }

    public static T? ParseOptional<T>(string? value) where T : struct, Enum =>
        TryParse<T>(value, out var result) ? result : null;
}
