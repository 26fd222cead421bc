using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Taxonomy.Loading;

/// <summary>Occupation–skill links (both directions) and the broader/narrower occupation hierarchy.</summary>
internal static class RelationLoader
{
    public static (OccupationSkill[][] SkillsOfOccupation, OccupationUri[][] OccupationsOfSkill) Skills(
        EscoOccupation[] occupations, EscoSkill[] skills)
    {
        var occupationById = Ordinals(occupations.Select(o => o.Uri.Value[OccupationUri.Prefix.Length..]));
        var skillById = Ordinals(skills.Select(s => s.Uri.Value[SkillUri.Prefix.Length..]));
        var ofOccupation = occupations.Select(_ => new List<OccupationSkill>()).ToArray();
        var ofSkill = skills.Select(_ => new List<OccupationUri>()).ToArray();
        foreach (var row in TaxonomyFiles.Rows("occupation-skills.tsv.gz", "occupationId", "relation", "skillId"))
        {
            var occupation = occupationById[row[0]];
            var skill = skillById[row[2]];
            var relation = row[1] == "essential" ? SkillRelation.Essential : SkillRelation.Optional;
            ofOccupation[occupation].Add(new OccupationSkill(skills[skill].Uri, relation));
            ofSkill[skill].Add(occupations[occupation].Uri);
        }

        return (ofOccupation.Select(l => l.OrderBy(s => s.Relation).ToArray()).ToArray(),
            ofSkill.Select(l => l.ToArray()).ToArray());
    }

    public static (int[] Broader, int[][] Narrower) Hierarchy(EscoOccupation[] occupations)
    {
        var byId = Ordinals(occupations.Select(o => o.Uri.Value[OccupationUri.Prefix.Length..]));
        var broader = Enumerable.Repeat(-1, occupations.Length).ToArray();
        var narrower = occupations.Select(_ => new List<int>()).ToArray();
        foreach (var row in TaxonomyFiles.Rows("occupation-broader.tsv", "occupationId", "broaderId"))
        {
            var (child, parent) = (byId[row[0]], byId[row[1]]);
            broader[child] = parent;
            narrower[parent].Add(child);
        }

        return (broader, narrower.Select(n => n.ToArray()).ToArray());
    }

    public static Dictionary<IscoCode, IscoGroup> IscoGroups() =>
        TaxonomyFiles.Rows("isco-groups.tsv", "code", "en", "nl", "pl").ToDictionary(
            r => IscoCode.Create(r[0]),
            r => new IscoGroup(IscoCode.Create(r[0]), new MultilingualLabels(new[]
                {
                    (TaxonomyLanguage.English, r[1]), (TaxonomyLanguage.Dutch, r[2]), (TaxonomyLanguage.Polish, r[3]),
                }
                .Where(l => l.Item2.Length > 0)
                .ToDictionary(l => l.Item1, l => new ConceptLabels(l.Item2, [], [])))));

    private static Dictionary<string, int> Ordinals(IEnumerable<string> ids) =>
        ids.Select((id, ordinal) => (id, ordinal)).ToDictionary(p => p.id, p => p.ordinal, StringComparer.Ordinal);
}
