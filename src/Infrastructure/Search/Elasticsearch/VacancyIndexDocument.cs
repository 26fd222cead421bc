using System.Text.Json.Serialization;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.VacancyFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The _source of a vacancy: the port's document with title and description put in the field of their language
/// (so each gets its own stemmer) and the coordinates as one geo_point. Field names are fixed here, not left to a
/// naming policy, because the mapping and the queries use the same constants.
/// </summary>
public sealed record VacancyIndexDocument(
    [property: JsonPropertyName(F.Id)] string Id,
    [property: JsonPropertyName(F.Version)] long Version,
    [property: JsonPropertyName(F.EmployerId)] string EmployerId,
    [property: JsonPropertyName(F.EmployerName)] string EmployerName,
    [property: JsonPropertyName(F.TextLanguage)] string TextLanguage,
    [property: JsonPropertyName(F.TitleNl)] string? TitleNl,
    [property: JsonPropertyName(F.TitleEn)] string? TitleEn,
    [property: JsonPropertyName(F.DescriptionNl)] string? DescriptionNl,
    [property: JsonPropertyName(F.DescriptionEn)] string? DescriptionEn,
    [property: JsonPropertyName(F.Sector)] string? Sector,
    [property: JsonPropertyName(F.OccupationUri)] string? OccupationUri,
    [property: JsonPropertyName(F.IscoGroup)] string? IscoGroup,
    [property: JsonPropertyName(F.OccupationGroup)] string? OccupationGroup,
    [property: JsonPropertyName(F.OccupationLabels)] IReadOnlyList<string> OccupationLabels,
    [property: JsonPropertyName(F.EssentialSkillUris)] IReadOnlyList<string> EssentialSkillUris,
    [property: JsonPropertyName(F.OptionalSkillUris)] IReadOnlyList<string> OptionalSkillUris,
    [property: JsonPropertyName(F.SkillLabels)] IReadOnlyList<string> SkillLabels,
    [property: JsonPropertyName(F.Languages)] IReadOnlyList<string> Languages,
    [property: JsonPropertyName(F.Certificates)] IReadOnlyList<string> Certificates,
    [property: JsonPropertyName(F.ContractType)] string? ContractType,
    [property: JsonPropertyName(F.WorkMode)] string? WorkMode,
    [property: JsonPropertyName(F.HoursMin)] int? HoursMin,
    [property: JsonPropertyName(F.HoursMax)] int? HoursMax,
    [property: JsonPropertyName(F.SalaryFrom)] int? SalaryFrom,
    [property: JsonPropertyName(F.SalaryTo)] int? SalaryTo,
    [property: JsonPropertyName(F.PlaceName)] string? PlaceName,
    [property: JsonPropertyName(F.Location)] IndexGeoPoint? Location,
    [property: JsonPropertyName(F.VisaSponsorship)] bool VisaSponsorship,
    [property: JsonPropertyName(F.HousingSupport)] bool HousingSupport,
    [property: JsonPropertyName(F.RelocationSupport)] bool RelocationSupport,
    [property: JsonPropertyName(F.PublishedAt)] DateTimeOffset PublishedAt,
    [property: JsonPropertyName(F.ClosingDate)] DateOnly? ClosingDate)
{
    public static VacancyIndexDocument From(VacancyDocument d)
    {
        var english = TextLanguages.IsEnglish(d.TextLanguage);
        return new VacancyIndexDocument(
            DocumentIds.Format(d.Id), d.Version, DocumentIds.Format(d.EmployerId), d.EmployerName,
            english ? TextLanguages.English : TextLanguages.Dutch,
            english ? null : d.Title, english ? d.Title : null,
            english ? null : d.Description, english ? d.Description : null,
            d.Sector, d.OccupationUri, d.IscoGroup, d.OccupationGroup, d.OccupationLabels, d.EssentialSkillUris,
            d.OptionalSkillUris, d.SkillLabels, d.Languages, d.Certificates, d.ContractType, d.WorkMode,
            d.HoursMin, d.HoursMax, d.SalaryFrom, d.SalaryTo, d.PlaceName, IndexGeoPoint.From(d.Latitude, d.Longitude),
            d.VisaSponsorship, d.HousingSupport, d.RelocationSupport, d.PublishedAt, d.ClosingDate);
    }
}
