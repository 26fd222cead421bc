using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.Shared;

/// <summary>Labels for stored or submitted ESCO URIs; one the taxonomy does not know is shown as its URI.</summary>
public static class ConceptLabeling
{
    public static ConceptDto Occupation(this ITaxonomy taxonomy, string uri, TaxonomyLanguage language) =>
        new(uri, OccupationUri.TryCreate(uri, out var parsed) && taxonomy.FindOccupation(parsed) is { } occupation
            ? occupation.Labels.PreferredIn(language)
            : uri);

    public static ConceptDto Skill(this ITaxonomy taxonomy, string uri, TaxonomyLanguage language) =>
        new(uri, SkillUri.TryCreate(uri, out var parsed) && taxonomy.FindSkill(parsed) is { } skill
            ? skill.Labels.PreferredIn(language)
            : uri);
}
