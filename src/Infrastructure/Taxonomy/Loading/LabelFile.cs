using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Taxonomy.Loading;

/// <summary>Reads a labels file (id, lang, preferred, alternative, hidden) into labels by concept id.</summary>
internal static class LabelFile
{
    public static Dictionary<string, Dictionary<TaxonomyLanguage, ConceptLabels>> Read(string fileName)
    {
        var byId = new Dictionary<string, Dictionary<TaxonomyLanguage, ConceptLabels>>(StringComparer.Ordinal);
        foreach (var row in TaxonomyFiles.Rows(fileName, "id", "lang", "preferred", "alternative", "hidden"))
        {
            var language = TaxonomyLanguage.FromCode(row[1])
                ?? throw new InvalidDataException($"{fileName}: unknown language '{row[1]}'.");
            if (!byId.TryGetValue(row[0], out var labels))
            {
                byId[row[0]] = labels = [];
            }

            labels[language] = new ConceptLabels(row[2], TaxonomyFiles.Labels(row[3]), TaxonomyFiles.Labels(row[4]));
        }

        return byId;
    }
}
