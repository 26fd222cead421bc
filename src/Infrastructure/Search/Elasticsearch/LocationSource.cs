using System.Text.Json.Serialization;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The only part of _source a search reads back: the location, to tell the distance when the sort did not. Ids come
/// from the hit's _id; the database holds everything else.
/// </summary>
public sealed record LocationSource([property: JsonPropertyName("location")] IndexGeoPoint? Location);
