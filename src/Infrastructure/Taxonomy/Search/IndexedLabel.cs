namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>
/// One searchable label: its concept (by ordinal), language (index in TaxonomyLanguage.All), kind, and size in
/// distinct tokens not counting very common ones.
/// </summary>
internal readonly record struct IndexedLabel(int Concept, byte Language, LabelKind Kind, byte TokenCount, string Text);
