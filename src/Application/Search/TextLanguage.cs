namespace TalentMatch.Application.Search;

/// <summary>
/// Guesses whether a vacancy text is Dutch or English (the two languages employers here write in) by counting
/// frequent function words; picks the analyser. Ties, and texts with neither, count as Dutch.
/// </summary>
public static class TextLanguage
{
    public const string Dutch = "nl";
    public const string English = "en";

    private static readonly HashSet<string> DutchWords =
        ["de", "het", "een", "en", "van", "voor", "met", "je", "jij", "wij", "we", "ons", "onze", "bij", "naar", "is", "zijn", "als", "ook", "werk"];

    private static readonly HashSet<string> EnglishWords =
        ["the", "a", "an", "and", "of", "for", "with", "you", "your", "our", "at", "to", "is", "are", "as", "also", "work", "in", "we"];

    public static string Guess(string text)
    {
        int dutch = 0, english = 0;
        foreach (var word in text.Split([' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '(', ')'],
                     StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            dutch += DutchWords.Contains(lower) ? 1 : 0;
            english += EnglishWords.Contains(lower) ? 1 : 0;
        }

        return english > dutch ? English : Dutch;
    }
}
