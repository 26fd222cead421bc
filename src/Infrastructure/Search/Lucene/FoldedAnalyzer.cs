using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// Language-neutral analysis: words, lower case, accents folded ("café" = "cafe"), no stemming and no stop words, so a
/// query in any of the taxonomy's languages meets labels and texts written in another.
/// </summary>
internal sealed class FoldedAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
