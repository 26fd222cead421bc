using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Taxonomy.Loading;

/// <summary>Loads the embedded taxonomy files and builds the search indexes (a fraction of a second, once).</summary>
internal static class TaxonomyLoader
{
    public static EscoTaxonomy LoadEmbedded()
    {
        var occupations = ConceptLoader.Occupations();
        var skills = ConceptLoader.Skills();
        var (skillsOfOccupation, occupationsOfSkill) = RelationLoader.Skills(occupations, skills);
        var (broader, narrower) = RelationLoader.Hierarchy(occupations);
        var data = new TaxonomyData
        {
            Occupations = occupations,
            OccupationOrdinals = occupations.Select((o, i) => (o.Uri, i)).ToDictionary(p => p.Uri, p => p.i),
            Skills = skills,
            SkillOrdinals = skills.Select((s, i) => (s.Uri, i)).ToDictionary(p => p.Uri, p => p.i),
            SkillsOfOccupation = skillsOfOccupation,
            OccupationsOfSkill = occupationsOfSkill,
            Broader = broader,
            Narrower = narrower,
            IscoGroups = RelationLoader.IscoGroups(),
        };
        return new EscoTaxonomy(data, SearchIndexes.ForOccupations(occupations), SearchIndexes.ForSkills(skills));
    }
}
