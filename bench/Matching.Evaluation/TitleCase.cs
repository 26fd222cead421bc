using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Matching.Evaluation;

/// <summary>A job title in another language than the vacancies' English, typed as search text; the target's vacancy is relevant.</summary>
public sealed record TitleCase(OccupationUri Target, TaxonomyLanguage Language, string Text);
