using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>A language as a small number for the index: its position in <see cref="TaxonomyLanguage.All"/>.</summary>
internal static class TaxonomyLanguageIndex
{
    public static int Of(TaxonomyLanguage language)
    {
        for (var i = 0; i < TaxonomyLanguage.All.Count; i++)
        {
            if (TaxonomyLanguage.All[i] == language)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(language), language, "Not a taxonomy language.");
    }
}
