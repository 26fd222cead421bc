using Mediator;

namespace TalentMatch.Application.Taxonomy.SearchOccupations;

/// <summary>Occupations matching <paramref name="Text"/> in any language; labels in <paramref name="Language"/> (default en).</summary>
public sealed record SearchOccupationsQuery(string? Text, string? Language = null, int? Limit = null)
    : IQuery<IReadOnlyList<TaxonomyEntryDto>>;
