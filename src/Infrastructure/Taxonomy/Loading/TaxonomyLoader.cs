namespace TalentMatch.Infrastructure.Taxonomy.Loading;

/// <summary>
/// Loads the embedded taxonomy files and builds the search indexes, once (about a second; the two indexes are built
/// in parallel with the relations).
/// </summary>
internal static class TaxonomyLoader
{
    public static EscoTaxonomy LoadEmbedded()
    {
        var occupations = ConceptLoader.Occupations();
        var skills = ConceptLoader.Skills();
        var occupationIndex = Task.Run(() => SearchIndexes.ForOccupations(occupations));
        var skillIndex = Task.Run(() => SearchIndexes.ForSkills(skills));
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
        Task.WaitAll(occupationIndex, skillIndex);
        return new EscoTaxonomy(data, occupationIndex.Result, skillIndex.Result);
    }
}
