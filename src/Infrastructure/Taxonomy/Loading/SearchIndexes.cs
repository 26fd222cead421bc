using TalentMatch.Application.Taxonomy;
using TalentMatch.Infrastructure.Taxonomy.Search;

namespace TalentMatch.Infrastructure.Taxonomy.Loading;

/// <summary>Indexes every label of every language; occupations in the four sectors get a small boost.</summary>
internal static class SearchIndexes
{
    public static SearchIndex ForOccupations(EscoOccupation[] occupations) =>
        Build(occupations.Select(o => o.Labels).ToArray(),
            occupations.Select(o => o.Sector is null ? 1f : MatchWeights.SectorOccupation).ToArray());

    public static SearchIndex ForSkills(EscoSkill[] skills) =>
        Build(skills.Select(s => s.Labels).ToArray(), skills.Select(_ => 1f).ToArray());

    private static SearchIndex Build(MultilingualLabels[] concepts, float[] boosts)
    {
        var builder = new SearchIndexBuilder();
        for (var concept = 0; concept < concepts.Length; concept++)
        {
            foreach (var language in concepts[concept].Languages)
            {
                var code = (byte)TaxonomyLanguageIndex.Of(language);
                var labels = concepts[concept].In(language)!;
                builder.Add(concept, code, LabelKind.Preferred, labels.Preferred);
                foreach (var label in labels.Alternative)
                {
                    builder.Add(concept, code, LabelKind.Alternative, label);
                }

                foreach (var label in labels.Hidden)
                {
                    builder.Add(concept, code, LabelKind.Hidden, label);
                }
            }
        }

        return builder.Build(boosts);
    }
}
