namespace TalentMatch.Application.Candidates.Shared;

/// <summary>
/// Profile choices travel as enum names ("Mbo3", "StudentWithHoursLimit"), so an unknown one is a field error and
/// never a failed read. Numbers are not names: "3" is refused.
/// </summary>
public static class ProfileEnums
{
    public static bool IsNameOrEmpty<T>(string? value) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) || Enum.GetNames<T>().Contains(value.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The value, or null when empty. Call only after the validator accepted it.</summary>
    public static T? Parse<T>(string? value) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : Enum.Parse<T>(value.Trim(), ignoreCase: true);

    public static T ParseOr<T>(string? value, T fallback) where T : struct, Enum => Parse<T>(value) ?? fallback;
}
