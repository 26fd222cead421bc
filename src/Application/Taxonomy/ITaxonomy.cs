using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy;

/// <summary>
/// The ESCO taxonomy the product ships (occupations, skills, their links, ISCO groups, sectors), read-only and in
/// memory. Lookups by URI return null for concepts ESCO v1.1.1 does not have.
/// </summary>
public interface ITaxonomy
{
    IReadOnlyCollection<EscoOccupation> Occupations { get; }

    IReadOnlyCollection<EscoSkill> Skills { get; }

    EscoOccupation? FindOccupation(OccupationUri uri);

    EscoSkill? FindSkill(SkillUri uri);

    IscoGroup? FindIscoGroup(IscoCode code);

    /// <summary>The groups one level below <paramref name="code"/>, by code.</summary>
    IReadOnlyList<IscoGroup> SubgroupsOf(IscoCode code);

    /// <summary>The skills of an occupation: essential ones first, then optional; empty for an unknown occupation.</summary>
    IReadOnlyList<OccupationSkill> SkillsOf(OccupationUri occupation);

    IReadOnlyList<OccupationSkill> SkillsOf(OccupationUri occupation, SkillRelation relation);

    /// <summary>The occupations that list the skill, essential or optional.</summary>
    IReadOnlyList<OccupationUri> OccupationsWith(SkillUri skill);

    /// <summary>The more general ESCO occupation, or null when the occupation sits directly under its ISCO group.</summary>
    EscoOccupation? BroaderOf(OccupationUri occupation);

    IReadOnlyList<EscoOccupation> NarrowerOf(OccupationUri occupation);

    /// <summary>
    /// Occupations whose labels in any language match the query, best first. Tolerates case, diacritics, word
    /// order and small typos; <paramref name="language"/> only breaks ties and picks nothing else.
    /// </summary>
    IReadOnlyList<OccupationMatch> SearchOccupations(string query, TaxonomyLanguage language, int limit);

    /// <summary>Skills whose labels (en, fr, es) match the query, best first; as <see cref="SearchOccupations"/>.</summary>
    IReadOnlyList<SkillMatch> SearchSkills(string query, TaxonomyLanguage language, int limit);
}
