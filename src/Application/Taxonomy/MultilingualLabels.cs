using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy;

/// <summary>A concept's labels by language; English is always there and is the fallback.</summary>
public sealed class MultilingualLabels
{
    private readonly IReadOnlyDictionary<TaxonomyLanguage, ConceptLabels> _byLanguage;

    public MultilingualLabels(IReadOnlyDictionary<TaxonomyLanguage, ConceptLabels> byLanguage)
    {
        if (!byLanguage.ContainsKey(TaxonomyLanguage.English))
        {
            throw new ArgumentException("English labels are required.", nameof(byLanguage));
        }

        _byLanguage = byLanguage;
    }

    public IEnumerable<TaxonomyLanguage> Languages => TaxonomyLanguage.All.Where(_byLanguage.ContainsKey);

    /// <summary>The labels in that language, or null when ESCO (as shipped) has none.</summary>
    public ConceptLabels? In(TaxonomyLanguage language) => _byLanguage.GetValueOrDefault(language);

    /// <summary>The preferred label in that language, else the English one.</summary>
    public string PreferredIn(TaxonomyLanguage language) =>
        (In(language) ?? _byLanguage[TaxonomyLanguage.English]).Preferred;
}
