namespace TalentMatch.Application.Common.Localization;

public static class SupportedCultures
{
    public const string Default = "en";

    public static IReadOnlyList<string> All { get; } = ["en", "nl"];

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture);

    public static string OrDefault(string? culture) => IsSupported(culture) ? culture! : Default;
}
