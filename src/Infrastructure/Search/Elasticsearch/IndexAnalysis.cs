using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Analysis shared by both indexes. Title and description use Elasticsearch's built-in "dutch" and "english"
/// analysers (stemming, stop words) by the employer's language; ESCO labels come in five languages, so they get one
/// language-neutral "folded" analyser: standard tokenizer, lower case, accents removed ("één" finds "een").
/// </summary>
public static class IndexAnalysis
{
    public const string Folded = "folded";
    public const string Dutch = "dutch";
    public const string English = "english";

    public static IndexSettings Settings() => new()
    {
        NumberOfShards = 1,
        Analysis = new IndexSettingsAnalysis
        {
            Analyzers = new Analyzers
            {
                [Folded] = new CustomAnalyzer { Tokenizer = "standard", Filter = ["lowercase", "asciifolding"] },
            },
        },
    };

    public static KeywordProperty Keyword() => new();

    public static TextProperty FoldedText() => new() { Analyzer = Folded };

    /// <summary>Text in one language, with a folded sub-field so an exact word in another language still matches.</summary>
    public static TextProperty LanguageText(string analyzer, bool withFolded) => new()
    {
        Analyzer = analyzer,
        Fields = withFolded ? new Properties { ["folded"] = FoldedText() } : null,
    };

    public static IntegerNumberProperty Integer() => new();

    public static LongNumberProperty Long() => new();

    public static DateProperty Date() => new();

    public static BooleanProperty Boolean() => new();

    public static GeoPointProperty GeoPoint() => new();

    /// <summary>A composable template for the concrete indexes of one kind; rebuilt indexes pick it up by name.</summary>
    public static PutIndexTemplateRequest Template(ElasticsearchIndexNames names, Properties properties) =>
        new(names.TemplateName)
        {
            IndexPatterns = names.Pattern,
            Priority = 500,
            Template = new IndexTemplateMapping
            {
                Settings = Settings(),
                Mappings = new TypeMapping { Dynamic = DynamicMapping.Strict, Properties = properties },
            },
            Meta = new Dictionary<string, object> { ["managedBy"] = "TalentMatch" },
        };
}
