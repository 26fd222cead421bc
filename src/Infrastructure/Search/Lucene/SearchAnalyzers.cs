using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Util;
using F = TalentMatch.Infrastructure.Search.Lucene.VacancyFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The analysers per field: Dutch and English stemming for the fields of a text in that language (so "lassers" meets
/// "lasser", "nurses" meets "nurse"), folded analysis for everything else.
/// </summary>
internal static class SearchAnalyzers
{
    public static Analyzer Create()
    {
        var dutch = new DutchAnalyzer(LuceneVersion.LUCENE_48);
        var english = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        return new PerFieldAnalyzerWrapper(new FoldedAnalyzer(), new Dictionary<string, Analyzer>
        {
            [F.TitleDutch] = dutch,
            [F.DescriptionDutch] = dutch,
            [F.TitleEnglish] = english,
            [F.DescriptionEnglish] = english,
        });
    }
}
