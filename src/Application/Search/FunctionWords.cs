namespace TalentMatch.Application.Search;

/// <summary>
/// Articles, prepositions and conjunctions of the five languages of the taxonomy. They name no occupation and
/// select nothing ("medewerker in de thuiszorg" is about "medewerker" and "thuiszorg"), so searches ignore them.
/// </summary>
public static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // Dutch
        "de", "het", "een", "en", "van", "voor", "met", "in", "op", "bij", "te", "aan", "of", "om", "uit", "tot", "naar",
        "als", "over", "door", "die", "dat", "der", "den",
        // English
        "the", "a", "an", "and", "for", "with", "at", "to", "of", "on", "or", "by", "from", "as",
        // French
        "la", "le", "les", "des", "du", "et", "pour", "un", "une", "au", "aux", "en", "sur", "par", "dans", "ou", "l", "d",
        // Spanish
        "el", "los", "las", "y", "del", "para", "con", "por", "una", "al", "o", "e",
        // Polish
        "i", "w", "z", "na", "do", "dla", "ze", "we", "oraz", "od", "po",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
