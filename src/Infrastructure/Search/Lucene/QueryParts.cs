using Lucene.Net.Index;
using Lucene.Net.Search;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Small query pieces shared by the vacancy and candidate searches.</summary>
internal static class QueryParts
{
    private const double KmPerDegreeLatitude = 111.195;

    /// <summary>Any of the values (OR); null when there are none, meaning "no filter".</summary>
    public static Query? AnyOf(string field, IEnumerable<string> values)
    {
        var query = new BooleanQuery();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return query.Clauses.Count > 0 ? query : null;
    }

    /// <summary>Scores a constant <paramref name="boost"/> when any value matches, however many do.</summary>
    public static Query? Constant(Query? query, float boost) =>
        query is null ? null : new ConstantScoreQuery(query) { Boost = boost };

    public static Query Flag(string field, bool value) => new TermQuery(new Term(field, value ? "true" : "false"));

    /// <summary>
    /// A cheap prefilter for a radius: the latitude/longitude box around the circle. The exact great-circle check runs
    /// on the matches afterwards. Null when the box would cross a pole or the antimeridian (then only the exact check).
    /// </summary>
    public static Query? BoundingBox(string latitudeField, string longitudeField, GeoPoint centre, double radiusKm)
    {
        if (Box(centre, radiusKm) is not { } box)
        {
            return null;
        }

        return new BooleanQuery
        {
            { NumericRangeQuery.NewDoubleRange(latitudeField, box.LatitudeFrom, box.LatitudeTo, true, true), Occur.MUST },
            { NumericRangeQuery.NewDoubleRange(longitudeField, box.LongitudeFrom, box.LongitudeTo, true, true), Occur.MUST },
        };
    }

    /// <summary>The box of <see cref="BoundingBox"/> (bounds inclusive), or null where it would cross a pole or the antimeridian.</summary>
    public static (double LatitudeFrom, double LatitudeTo, double LongitudeFrom, double LongitudeTo)? Box(GeoPoint centre, double radiusKm)
    {
        var dLat = radiusKm / KmPerDegreeLatitude;
        var cos = Math.Cos(centre.Latitude * Math.PI / 180);
        if (centre.Latitude + dLat >= 90 || centre.Latitude - dLat <= -90 || cos < 0.01)
        {
            return null;
        }

        var dLon = radiusKm / (KmPerDegreeLatitude * cos);
        if (centre.Longitude + dLon > 180 || centre.Longitude - dLon < -180)
        {
            return null;
        }

        var margin = 1.001;
        return (centre.Latitude - (dLat * margin), centre.Latitude + (dLat * margin),
            centre.Longitude - (dLon * margin), centre.Longitude + (dLon * margin));
    }

    /// <summary>Everything matching <paramref name="main"/> that also passes every filter (which do not score).</summary>
    public static Query Filtered(Query main, IEnumerable<Query?> filters)
    {
        var all = new BooleanQuery();
        foreach (var filter in filters.OfType<Query>())
        {
            all.Add(filter, Occur.MUST);
        }

        return all.Clauses.Count == 0 ? main : new FilteredQuery(main, new QueryWrapperFilter(all));
    }
}
