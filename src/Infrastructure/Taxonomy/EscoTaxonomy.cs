using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Infrastructure.Taxonomy.Search;

namespace TalentMatch.Infrastructure.Taxonomy;

/// <summary>The shipped ESCO taxonomy in memory; one instance per process (see <see cref="TaxonomyServiceCollectionExtensions"/>).</summary>
internal sealed class EscoTaxonomy(TaxonomyData data, SearchIndex occupationIndex, SearchIndex skillIndex) : ITaxonomy
{
    public IReadOnlyCollection<EscoOccupation> Occupations => data.Occupations;

    public IReadOnlyCollection<EscoSkill> Skills => data.Skills;

    internal SearchIndex OccupationIndex => occupationIndex;

    internal SearchIndex SkillIndex => skillIndex;

    public EscoOccupation? FindOccupation(OccupationUri uri) =>
        data.OccupationOrdinals.TryGetValue(uri, out var i) ? data.Occupations[i] : null;

    public EscoSkill? FindSkill(SkillUri uri) => data.SkillOrdinals.TryGetValue(uri, out var i) ? data.Skills[i] : null;

    public IscoGroup? FindIscoGroup(IscoCode code) => data.IscoGroups.GetValueOrDefault(code);

    public IReadOnlyList<IscoGroup> SubgroupsOf(IscoCode code) =>
        data.IscoGroups.Values.Where(g => g.Code.Parent == code).OrderBy(g => g.Code.Value, StringComparer.Ordinal).ToList();

    public IReadOnlyList<OccupationSkill> SkillsOf(OccupationUri occupation) =>
        data.OccupationOrdinals.TryGetValue(occupation, out var i) ? data.SkillsOfOccupation[i] : [];

    public IReadOnlyList<OccupationSkill> SkillsOf(OccupationUri occupation, SkillRelation relation) =>
        SkillsOf(occupation).Where(s => s.Relation == relation).ToList();

    public IReadOnlyList<OccupationUri> OccupationsWith(SkillUri skill) =>
        data.SkillOrdinals.TryGetValue(skill, out var i) ? data.OccupationsOfSkill[i] : [];

    public EscoOccupation? BroaderOf(OccupationUri occupation) =>
        data.OccupationOrdinals.TryGetValue(occupation, out var i) && data.Broader[i] >= 0
            ? data.Occupations[data.Broader[i]]
            : null;

    public IReadOnlyList<EscoOccupation> NarrowerOf(OccupationUri occupation) =>
        data.OccupationOrdinals.TryGetValue(occupation, out var i)
            ? data.Narrower[i].Select(n => data.Occupations[n]).ToList()
            : [];

    public IReadOnlyList<OccupationMatch> SearchOccupations(string query, TaxonomyLanguage language, int limit) =>
        occupationIndex.Search(query, (byte)TaxonomyLanguageIndex.Of(language), limit)
            .Select(h => new OccupationMatch(data.Occupations[h.Concept], h.MatchedLabel, h.Score))
            .ToList();

    public IReadOnlyList<SkillMatch> SearchSkills(string query, TaxonomyLanguage language, int limit) =>
        skillIndex.Search(query, (byte)TaxonomyLanguageIndex.Of(language), limit)
            .Select(h => new SkillMatch(data.Skills[h.Concept], h.MatchedLabel, h.Score))
            .ToList();
}
