using System.Globalization;
using System.Resources;

namespace TalentMatch.Application.Taxonomy;

/// <summary>Validation texts of the taxonomy use cases in the current UI culture (Resources/TaxonomyMessages*.resx).</summary>
public static class TaxonomyMessages
{
    private static readonly ResourceManager Resources =
        new("TalentMatch.Application.Resources.TaxonomyMessages", typeof(TaxonomyMessages).Assembly);

    public static string Query => Get(nameof(Query));

    public static string Limit => Get(nameof(Limit));

    public static string LanguageNotSupported => Get(nameof(LanguageNotSupported));

    private static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
