using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;
using static TalentMatch.Application.UnitTests.Taxonomy.TaxonomyExamples;

namespace TalentMatch.Application.UnitTests.Candidates;

/// <summary>
/// A tiny taxonomy for the profile use cases: a welder and a nurse, their essential and optional skills (labels in
/// en and fr only, as ESCO's skills), and a search that finds skills whose label contains the query.
/// </summary>
internal sealed class ProfileTaxonomy : ITaxonomy
{
    public static readonly EscoSkill WeldMetal = NewSkill("a1", "weld metal", "souder du métal");
    public static readonly EscoSkill ReadDrawings = NewSkill("a2", "read engineering drawings", "lire des dessins techniques");
    public static readonly EscoSkill WorkSafely = NewSkill("a3", "apply health and safety standards", "appliquer les normes de santé et de sécurité");
    public static readonly EscoSkill Soldering = NewSkill("a4", "use soldering equipment", null);
    public static readonly EscoSkill Wounds = NewSkill("b1", "clean wounds", "nettoyer des plaies");
    public static readonly EscoSkill FirstAid = NewSkill("b2", "provide first aid", "donner les premiers secours");

    private static readonly EscoOccupation[] AllOccupations = [Welder, Nurse];
    private static readonly EscoSkill[] AllSkills = [WeldMetal, ReadDrawings, WorkSafely, Soldering, Wounds, FirstAid];

    private static readonly Dictionary<OccupationUri, OccupationSkill[]> Links = new()
    {
        [Welder.Uri] =
        [
            new(WeldMetal.Uri, SkillRelation.Essential), new(ReadDrawings.Uri, SkillRelation.Essential),
            new(WorkSafely.Uri, SkillRelation.Essential), new(Soldering.Uri, SkillRelation.Optional),
        ],
        [Nurse.Uri] =
        [
            new(Wounds.Uri, SkillRelation.Essential), new(WorkSafely.Uri, SkillRelation.Essential),
            new(FirstAid.Uri, SkillRelation.Optional),
        ],
    };

    public List<string> Searches { get; } = [];

    public IReadOnlyCollection<EscoOccupation> Occupations => AllOccupations;

    public IReadOnlyCollection<EscoSkill> Skills => AllSkills;

    public EscoOccupation? FindOccupation(OccupationUri uri) => AllOccupations.FirstOrDefault(o => o.Uri == uri);

    public EscoSkill? FindSkill(SkillUri uri) => AllSkills.FirstOrDefault(s => s.Uri == uri);

    public IscoGroup? FindIscoGroup(IscoCode code) => null;

    public IReadOnlyList<IscoGroup> SubgroupsOf(IscoCode code) => [];

    public IReadOnlyList<OccupationSkill> SkillsOf(OccupationUri occupation) => Links.GetValueOrDefault(occupation) ?? [];

    public IReadOnlyList<OccupationSkill> SkillsOf(OccupationUri occupation, SkillRelation relation) =>
        [.. SkillsOf(occupation).Where(s => s.Relation == relation)];

    public IReadOnlyList<OccupationUri> OccupationsWith(SkillUri skill) => [];

    public EscoOccupation? BroaderOf(OccupationUri occupation) => null;

    public IReadOnlyList<EscoOccupation> NarrowerOf(OccupationUri occupation) => [];

    public IReadOnlyList<OccupationMatch> SearchOccupations(string query, TaxonomyLanguage language, int limit) => [];

    public IReadOnlyList<SkillMatch> SearchSkills(string query, TaxonomyLanguage language, int limit)
    {
        Searches.Add(query);
        return [.. AllSkills
            .Select(s => (Skill: s, Label: s.Labels.Languages.Select(l => s.Labels.In(l)!.Preferred)
                .FirstOrDefault(label => label.Contains(query, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Label is not null)
            .Select(x => new SkillMatch(x.Skill, x.Label!, 1.0 / x.Label!.Length))
            .OrderByDescending(m => m.Score)
            .Take(limit)];
    }

    private static EscoSkill NewSkill(string id, string english, string? french) => new(
        SkillUri.FromId($"00000000-0000-4000-8000-0000000000{id}"), "skill/competence", "sector-specific",
        french is null ? Labels(("en", english)) : Labels(("en", english), ("fr", french)));
}
