namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// One new vacancy (title, organisation, place, distance) or one anonymous candidate (title from their occupations,
/// occupations, languages, place; never a name or contact), with why it matches and a deep link.
/// </summary>
public sealed record AlertEmailItem(
    string Title, string? Organisation, string? Place, double? DistanceKm, IReadOnlyList<string> Occupations,
    IReadOnlyList<string> Languages, string Summary, string Link);
