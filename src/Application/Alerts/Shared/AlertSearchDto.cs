using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Shared;

/// <summary>
/// A saved search with the names of the query string of <c>GET /api/v1/vacancies</c>, so a client can run it again.
/// </summary>
public sealed record AlertSearchDto(
    string? Q, IReadOnlyList<string> Sector, IReadOnlyList<string> Occupation, IReadOnlyList<string> OccupationGroup,
    string? Near, double? RadiusKm, int? HoursMin, int? HoursMax, IReadOnlyList<string> Contract,
    IReadOnlyList<string> Language, int? SalaryMin, bool? SponsorsVisa, bool? Housing)
{
    public static AlertSearchDto From(SavedSearchCriteria c) => new(c.Text, c.Sectors, c.Occupations, c.OccupationGroups ?? [],
        c.Near, c.RadiusKm, c.HoursMin, c.HoursMax, c.Contracts, c.Languages, c.SalaryMin, c.SponsorsVisa, c.Housing);
}
