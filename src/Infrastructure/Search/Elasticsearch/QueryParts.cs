using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Small query builders shared by the vacancy and candidate queries; each returns null when there is nothing to filter.</summary>
public static class QueryParts
{
    /// <summary>Any of the values (OR); null for an empty list, which filters nothing.</summary>
    public static Query? AnyOf(string field, IReadOnlyCollection<string> values, float? boost = null)
    {
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return null;
        }

        return new TermsQuery(field, new TermsQueryField([.. distinct.Select(v => (FieldValue)v)])) { Boost = boost };
    }

    public static Query Is(string field, bool value) => new TermQuery(field, value);

    public static Query Is(string field, string value) => new TermQuery(field, value);

    /// <summary>A date on or after <paramref name="day"/>, or no date at all (an open-ended vacancy).</summary>
    public static Query OnOrAfterOrMissing(string field, DateOnly day) => Either(
        new DateRangeQuery(field) { Gte = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Format = "yyyy-MM-dd" },
        new BoolQuery { MustNot = [new ExistsQuery(field)] });

    public static Query AtLeast(string field, long value) => new NumberRangeQuery(field) { Gte = value };

    public static Query AtMost(string field, long value) => new NumberRangeQuery(field) { Lte = value };

    public static Query Since(string field, DateTimeOffset moment) => new DateRangeQuery(field)
    {
        Gte = moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        Format = "strict_date_optional_time",
    };

    /// <summary>Within the radius of the centre, or passing <paramref name="orElse"/> (remote, willing to relocate).</summary>
    public static Query? WithinOr(string field, GeoPoint? centre, double? radiusKm, Query orElse) =>
        centre is { } c && radiusKm is { } km
            ? Either(new GeoDistanceQuery(
                string.Create(CultureInfo.InvariantCulture, $"{km}km"), field, new LatLonGeoLocation(c.Latitude, c.Longitude)), orElse)
            : null;

    public static Query Either(Query first, Query second) =>
        new BoolQuery { Should = [first, second], MinimumShouldMatch = 1 };

    public static Query All(IReadOnlyCollection<Query> filters) =>
        filters.Count == 0 ? new MatchAllQuery() : new BoolQuery { Filter = [.. filters] };

    public static void AddIfAny(this ICollection<Query> filters, Query? filter)
    {
        if (filter is not null)
        {
            filters.Add(filter);
        }
    }
}
