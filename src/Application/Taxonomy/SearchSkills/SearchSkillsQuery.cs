using Mediator;

namespace TalentMatch.Application.Taxonomy.SearchSkills;

/// <summary>
/// Skills matching <paramref name="Text"/> (labels in en, fr, es); labels in <paramref name="Language"/> where ESCO
/// has them, else English (always for nl and pl).
/// </summary>
public sealed record SearchSkillsQuery(string? Text, string? Language = null, int? Limit = null)
    : IQuery<IReadOnlyList<TaxonomyEntryDto>>;
