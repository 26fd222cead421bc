using System.Globalization;
using System.Resources;

namespace TalentMatch.Application.Matching;

/// <summary>The sentences and names match explanations are made of (Resources/MatchingMessages*.resx), en and nl.</summary>
internal static class MatchingMessages
{
    private static readonly ResourceManager Resources =
        new("TalentMatch.Application.Resources.MatchingMessages", typeof(MatchingMessages).Assembly);

    /// <summary>The text for the key in the culture (falling back to English), or null when there is none.</summary>
    public static string? Find(string key, CultureInfo culture) => Resources.GetString(key, culture);
}
