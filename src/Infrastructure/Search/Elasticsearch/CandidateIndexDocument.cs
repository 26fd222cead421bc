using System.Text.Json.Serialization;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.CandidateFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>The _source of a visible candidate: the port's document with the coordinates as one geo_point.</summary>
public sealed record CandidateIndexDocument(
    [property: JsonPropertyName(F.Id)] string Id,
    [property: JsonPropertyName(F.Version)] long Version,
    [property: JsonPropertyName(F.Sectors)] IReadOnlyList<string> Sectors,
    [property: JsonPropertyName(F.OccupationUris)] IReadOnlyList<string> OccupationUris,
    [property: JsonPropertyName(F.IscoGroups)] IReadOnlyList<string> IscoGroups,
    [property: JsonPropertyName(F.OccupationLabels)] IReadOnlyList<string> OccupationLabels,
    [property: JsonPropertyName(F.SkillUris)] IReadOnlyList<string> SkillUris,
    [property: JsonPropertyName(F.SkillLabels)] IReadOnlyList<string> SkillLabels,
    [property: JsonPropertyName(F.Languages)] IReadOnlyList<string> Languages,
    [property: JsonPropertyName(F.Certificates)] IReadOnlyList<string> Certificates,
    [property: JsonPropertyName(F.EducationLevel)] string? EducationLevel,
    [property: JsonPropertyName(F.NeedsSponsor)] bool NeedsSponsor,
    [property: JsonPropertyName(F.HoursPerWeek)] int? HoursPerWeek,
    [property: JsonPropertyName(F.AvailableFrom)] DateOnly? AvailableFrom,
    [property: JsonPropertyName(F.PlaceName)] string? PlaceName,
    [property: JsonPropertyName(F.Location)] IndexGeoPoint? Location,
    [property: JsonPropertyName(F.MaxCommuteKm)] int? MaxCommuteKm,
    [property: JsonPropertyName(F.WillingToRelocate)] bool WillingToRelocate,
    [property: JsonPropertyName(F.UpdatedAt)] DateTimeOffset UpdatedAt)
{
    public static CandidateIndexDocument From(CandidateDocument d) => new(
        DocumentIds.Format(d.Id), d.Version, d.Sectors, d.OccupationUris, d.IscoGroups, d.OccupationLabels,
        d.SkillUris, d.SkillLabels, d.Languages, d.Certificates, d.EducationLevel, d.NeedsSponsor, d.HoursPerWeek,
        d.AvailableFrom, d.PlaceName, IndexGeoPoint.From(d.Latitude, d.Longitude), d.MaxCommuteKm,
        d.WillingToRelocate, d.UpdatedAt);
}
