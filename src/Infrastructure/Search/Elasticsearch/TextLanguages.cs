namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>The two languages employers write in; anything but "en" is analysed as Dutch, the site's default.</summary>
public static class TextLanguages
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static bool IsEnglish(string? language) =>
        string.Equals(language?.Trim(), English, StringComparison.OrdinalIgnoreCase);
}
