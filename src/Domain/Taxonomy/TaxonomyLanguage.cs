namespace TalentMatch.Domain.Taxonomy;

/// <summary>
/// A language the taxonomy has labels in. Occupations have labels in all five; skills in English, French and
/// Spanish only, so Dutch and Polish fall back to English.
/// </summary>
public sealed record TaxonomyLanguage
{
    private TaxonomyLanguage(string code) => Code = code;

    public static TaxonomyLanguage English { get; } = new("en");

    public static TaxonomyLanguage Dutch { get; } = new("nl");

    public static TaxonomyLanguage Polish { get; } = new("pl");

    public static TaxonomyLanguage French { get; } = new("fr");

    public static TaxonomyLanguage Spanish { get; } = new("es");

    /// <summary>English first: it is the fallback whenever a label is missing.</summary>
    public static IReadOnlyList<TaxonomyLanguage> All { get; } = [English, Dutch, Polish, French, Spanish];

    public static TaxonomyLanguage Default => English;

    /// <summary>ISO 639-1 code, lower case.</summary>
    public string Code { get; }

    public static TaxonomyLanguage? FromCode(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool IsSupported(string? code) => FromCode(code) is not null;

    public override string ToString() => Code;
}
