using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Taxonomy;

/// <summary>Returns its concepts as search hits, in order, and remembers what it was asked.</summary>
internal sealed class FakeTaxonomy(IReadOnlyList<EscoOccupation> occupations, IReadOnlyList<EscoSkill> skills)
    : ITaxonomy
{
    public (string Query, TaxonomyLanguage Language, int Limit)? LastSearch { get; private set; }

    public IReadOnlyCollection<EscoOccupation> Occupations => occupations;

    public IReadOnlyCollection<EscoSkill> Skills => skills;

    public EscoOccupation? FindOccupation(OccupationUri uri) => occupations.FirstOrDefault(o => o.Uri == uri);

    public EscoSkill? FindSkill(SkillUri uri) => skills.FirstOrDefault(s => s.Uri == uri);

    public IscoGroup? FindIscoGroup(IscoCode code) => null;

    public IReadOnlyList<IscoGroup> SubgroupsOf(IscoCode code) => [];

    public IReadOnlyList<OccupationSkill> SkillsOf(OccupationUri occupation) => [];

    public IReadOnlyList<OccupationSkill> SkillsOf(OccupationUri occupation, SkillRelation relation) => [];

    public IReadOnlyList<OccupationUri> OccupationsWith(SkillUri skill) => [];

    public EscoOccupation? BroaderOf(OccupationUri occupation) => null;

    public IReadOnlyList<EscoOccupation> NarrowerOf(OccupationUri occupation) => [];

    public IReadOnlyList<OccupationMatch> SearchOccupations(string query, TaxonomyLanguage language, int limit)
    {
        LastSearch = (query, language, limit);
        return occupations.Take(limit).Select(o => new OccupationMatch(o, o.Labels.PreferredIn(language), 1)).ToList();
    }

    public IReadOnlyList<SkillMatch> SearchSkills(string query, TaxonomyLanguage language, int limit)
    {
        LastSearch = (query, language, limit);
        return skills.Take(limit).Select(s => new SkillMatch(s, s.Labels.PreferredIn(language), 1)).ToList();
    }
}
