using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The free-text part of a search: the words over the text fields, OR a match on an occupation the taxonomy found in
/// the text. The occupation clause is a constant, high score, so such documents rank above plain word matches.
/// </summary>
public static class TextQueries
{
    /// <summary>Constant score of an occupation match; far above what BM25 gives a few words.</summary>
    public const float OccupationBoost = 100;

    /// <summary>Up to two words all must match; with more, three quarters of them.</summary>
    public const string WordsThatMustMatch = "2<75%";

    public static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>Null when there is neither text nor an expanded occupation: then everything matches.</summary>
    public static Query? Build(string? text, Fields fields, string occupationField, IReadOnlyCollection<string> occupations)
    {
        var should = new List<Query>();
        if (HasText(text))
        {
            should.Add(new MultiMatchQuery(text!.Trim())
            {
                Fields = fields,
                Type = TextQueryType.BestFields,
                TieBreaker = 0.3,
                MinimumShouldMatch = WordsThatMustMatch,
            });
        }

        should.AddIfAny(QueryParts.AnyOf(occupationField, occupations, OccupationBoost));
        return should.Count switch
        {
            0 => null,
            1 => should[0],
            _ => new BoolQuery { Should = should, MinimumShouldMatch = 1 },
        };
    }
}
