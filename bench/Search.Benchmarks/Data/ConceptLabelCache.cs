using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// The labels of an ESCO concept in every language the taxonomy has (preferred and alternative, distinct ignoring
/// case), as <c>SearchDocumentFactory</c> puts them in documents; cached per concept, since generation is not what is
/// measured.
/// </summary>
internal sealed class ConceptLabelCache(ITaxonomy taxonomy)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _occupations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _skills = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Occupation(EscoOccupation occupation)
    {
        if (!_occupations.TryGetValue(occupation.Uri.Value, out var labels))
        {
            labels = All(occupation.Labels);
            _occupations[occupation.Uri.Value] = labels;
        }

        return labels;
    }

    public IReadOnlyList<string> Skills(IEnumerable<SkillUri> skills) =>
        [.. skills.SelectMany(Skill).Distinct(StringComparer.OrdinalIgnoreCase)];

    private IReadOnlyList<string> Skill(SkillUri uri)
    {
        if (!_skills.TryGetValue(uri.Value, out var labels))
        {
            labels = taxonomy.FindSkill(uri) is { } skill ? All(skill.Labels) : [];
            _skills[uri.Value] = labels;
        }

        return labels;
    }

    private static IReadOnlyList<string> All(MultilingualLabels labels) =>
        [.. labels.Languages.Select(labels.In).OfType<ConceptLabels>()
            .SelectMany(l => l.Alternative.Prepend(l.Preferred)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
