namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>
/// The scoring constants in one place. A label scores by how much of the query it covers (token weights below,
/// weighted by rarity), how much of the label the query covers, and its kind; see <see cref="SearchIndex"/>.
/// </summary>
internal static class MatchWeights
{
    public const float Exact = 1f;

    public const float Preferred = 1f;
    public const float Alternative = 0.9f;
    public const float Hidden = 0.75f;

    /// <summary>A label in the requested language, and an occupation in one of the four sectors: tie-breakers.</summary>
    public const float RequestedLanguage = 1.03f;
    public const float SectorOccupation = 1.03f;

    /// <summary>Below this a hit is noise (a stray fuzzy match) and is not returned.</summary>
    public const float MinimumScore = 0.3f;

    /// <summary>A token in more labels than this ("de", "of", "and") is skipped in queries that have other words.</summary>
    public static int FrequentTokenLabels(int labelCount) => Math.Max(50, labelCount / 20);

    /// <summary>How many vocabulary tokens one query token may expand to by prefix or by similarity.</summary>
    public const int MaxExpansions = 48;

    /// <summary>"weld" typed for "welder": 0.6 to 0.9, closer to 0.9 the more of the token was typed.</summary>
    public static float Prefix(int queryLength, int tokenLength) => 0.6f + (0.3f * queryLength / tokenLength);

    /// <summary>"weldr" for "welder": up to 0.9, less for more edits relative to the length.</summary>
    public static float Typo(int distance, int queryLength, int tokenLength) =>
        0.9f * (1f - ((float)distance / (Math.Max(queryLength, tokenLength) + 1)));

    /// <summary>"verpleegkundige" inside the compound "ambulanceverpleegkundige": 0.45 to 0.65.</summary>
    public static float Infix(int queryLength, int tokenLength) => 0.45f + (0.2f * queryLength / tokenLength);

    /// <summary>Edits allowed for a typo: none below 4 characters, 1 up to 5, 2 from 6.</summary>
    public static int MaxTypos(int queryLength) => queryLength switch { < 4 => 0, <= 5 => 1, _ => 2 };

    public static float Kind(LabelKind kind) => kind switch
    {
        LabelKind.Preferred => Preferred,
        LabelKind.Alternative => Alternative,
        _ => Hidden,
    };
}
