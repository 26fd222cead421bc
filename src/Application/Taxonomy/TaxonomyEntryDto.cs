namespace TalentMatch.Application.Taxonomy;

/// <summary>
/// One search result as the API returns it: the concept URI, its preferred label in the requested language (English
/// where ESCO has none), and for occupations the ISCO-08 unit group and TalentMatch sector (null outside the four).
/// </summary>
public sealed record TaxonomyEntryDto(string Uri, string Label, string? IscoCode, string? Sector);
