using System.Text.Json.Serialization;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>A geo_point as an object with "lat" and "lon", the one form that cannot be mistaken for [lon, lat].</summary>
public sealed record IndexGeoPoint(
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon)
{
    public static IndexGeoPoint? From(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon ? new IndexGeoPoint(lat, lon) : null;

    public GeoPoint ToGeoPoint() => new(Lat, Lon);
}
