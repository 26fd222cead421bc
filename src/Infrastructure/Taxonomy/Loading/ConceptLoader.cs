using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Taxonomy.Loading;

/// <summary>Occupations (with ISCO group, sector and labels) and skills (with type and labels).</summary>
internal static class ConceptLoader
{
    public static EscoOccupation[] Occupations()
    {
        var labels = LabelFile.Read("occupation-labels.tsv.gz");
        var sectors = TaxonomyFiles.Rows("occupation-sectors.tsv", "occupationId", "sector")
            .ToDictionary(r => r[0], r => Sector.FromCode(r[1])
                ?? throw new InvalidDataException($"occupation-sectors.tsv: unknown sector '{r[1]}'."), StringComparer.Ordinal);
        return TaxonomyFiles.Rows("occupations.tsv.gz", "id", "iscoCode")
            .Select(r => new EscoOccupation(OccupationUri.FromId(r[0]), IscoCode.Create(r[1]),
                sectors.GetValueOrDefault(r[0]), LabelsOf(labels, r[0])))
            .ToArray();
    }

    public static EscoSkill[] Skills()
    {
        var labels = LabelFile.Read("skill-labels.tsv.gz");
        return TaxonomyFiles.Rows("skills.tsv.gz", "id", "skillType", "reuseLevel")
            .Select(r => new EscoSkill(SkillUri.FromId(r[0]), r[1], r[2], LabelsOf(labels, r[0])))
            .ToArray();
    }

    private static MultilingualLabels LabelsOf(Dictionary<string, Dictionary<TaxonomyLanguage, ConceptLabels>> labels,
        string id) =>
        new(labels.TryGetValue(id, out var byLanguage)
            ? byLanguage
            : throw new InvalidDataException($"Concept {id} has no labels."));
}
