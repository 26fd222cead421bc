namespace TalentMatch.Domain.Places;

/// <summary>A Dutch town or city from the places table the product ships.</summary>
public sealed record Place(string Name, string MunicipalityCode, GeoPoint Location);
