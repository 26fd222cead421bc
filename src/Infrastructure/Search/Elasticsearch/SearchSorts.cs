using Elastic.Clients.Elasticsearch;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Sort clauses; every sort ends on the id keyword so equal scores page the same way every time.</summary>
public static class SearchSorts
{
    public static SortOptions Score() => new() { Score = new ScoreSort { Order = SortOrder.Desc } };

    public static SortOptions Descending(string field) => new FieldSort(field) { Order = SortOrder.Desc, Missing = "_last" };

    public static SortOptions IdTiebreak(string idField) => new FieldSort(idField) { Order = SortOrder.Asc };

    /// <summary>Nearest first, in kilometres (the sort value is then the distance); documents without a location last.</summary>
    public static SortOptions Nearest(string field, GeoPoint centre) => new GeoDistanceSort
    {
        Field = field,
        Location = [new LatLonGeoLocation(centre.Latitude, centre.Longitude)],
        Order = SortOrder.Asc,
        Unit = DistanceUnit.Kilometers,
        DistanceType = GeoDistanceType.Arc,
        IgnoreUnmapped = true,
    };
}
