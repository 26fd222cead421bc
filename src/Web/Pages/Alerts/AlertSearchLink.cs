using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Web.Pages.Alerts;

/// <summary>The vacancy search page with a saved search filled in, to see what it finds today.</summary>
public static class AlertSearchLink
{
    public static string For(AlertSearchDto search)
    {
        var query = new QueryBuilder();
        Add(query, "q", search.Q);
        Add(query, "near", search.Near);
        Add(query, "radiusKm", search.RadiusKm?.ToString(CultureInfo.InvariantCulture));
        Add(query, "salaryMin", search.SalaryMin?.ToString(CultureInfo.InvariantCulture));
        Add(query, "hoursMin", search.HoursMin?.ToString(CultureInfo.InvariantCulture));
        Add(query, "hoursMax", search.HoursMax?.ToString(CultureInfo.InvariantCulture));
        Add(query, "sponsorship", search.SponsorsVisa is { } visa ? (visa ? "true" : "false") : null);
        Add(query, "housing", search.Housing == true ? "true" : null);
        foreach (var (name, values) in new[] { ("sector", search.Sector), ("contract", search.Contract),
            ("language", search.Language), ("occupationGroup", search.OccupationGroup) })
        {
            foreach (var value in values)
            {
                query.Add(name, value);
            }
        }

        return "/Vacancies" + query.ToQueryString();
    }

    private static void Add(QueryBuilder query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(name, value);
        }
    }
}
