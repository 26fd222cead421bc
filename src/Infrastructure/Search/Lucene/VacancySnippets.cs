using Lucene.Net.Analysis;
using Lucene.Net.Search;
using F = TalentMatch.Infrastructure.Search.Lucene.VacancyFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>The snippet of a found vacancy: from its description where words matched there, else from its title.</summary>
internal static class VacancySnippets
{
    public static string? For(IndexSearcher searcher, int doc, Analyzer analyzer, TextQuery text)
    {
        var stored = searcher.Doc(doc);
        var english = stored.Get(F.TextLanguage) == "en";
        var description = stored.Get(F.Description) ?? string.Empty;
        var title = stored.Get(F.Title) ?? string.Empty;
        var candidates = new (string Text, string Field)[]
        {
            (description, english ? F.DescriptionEnglish : F.DescriptionDutch),
            (description, F.Description),
            (title, english ? F.TitleEnglish : F.TitleDutch),
            (title, F.Title),
        };
        foreach (var (value, field) in candidates)
        {
            var snippet = SnippetHighlighter.Best(analyzer, value, field, text.TermsOf(field));
            if (!string.IsNullOrEmpty(snippet))
            {
                return snippet;
            }
        }

        return null;
    }
}
