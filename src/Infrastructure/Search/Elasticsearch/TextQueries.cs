using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The free-text part of a search, word by word as <see cref="SearchWords"/> defines it (the same meaning as the
/// Lucene engine): each word a multi_match over the text fields, the minimum of the required words in a bool with
/// minimum_should_match, optional words only for relevance; OR a match on an occupation the taxonomy found in the text.
/// The occupation clause is a constant, high score, so such documents rank above plain word matches.
/// </summary>
public static class TextQueries
{
    /// <summary>Constant score of an occupation match; far above what BM25 gives a few words.</summary>
    public const float OccupationBoost = 100;

    public static bool HasText(SearchWords words) => !words.IsEmpty;

    /// <summary>Null when there are neither words nor an expanded occupation: then everything matches.</summary>
    public static Query? Build(SearchWords words, Fields fields, string occupationField, IReadOnlyCollection<string> occupations)
    {
        var should = new List<Query>();
        should.AddIfAny(Words(words, fields));
        should.AddIfAny(QueryParts.AnyOf(occupationField, occupations, OccupationBoost));
        return should.Count switch
        {
            0 => null,
            1 => should[0],
            _ => new BoolQuery { Should = should, MinimumShouldMatch = 1 },
        };
    }

    private static Query? Words(SearchWords words, Fields fields)
    {
        if (words.Required.Count == 0)
        {
            return null;
        }

        Query required = new BoolQuery
        {
            Should = [.. words.Required.Select(w => Word(w, fields))],
            MinimumShouldMatch = words.MinimumRequired,
        };
        return words.Optional.Count == 0
            ? required
            : new BoolQuery { Must = [required], Should = [.. words.Optional.Select(w => Word(w, fields))] };
    }

    private static Query Word(string word, Fields fields) =>
        new MultiMatchQuery(word) { Fields = fields, Type = TextQueryType.BestFields, TieBreaker = 0.3 };
}
