using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.SearchVacancies;

/// <summary>
/// Turns engine hits into list items read from the database (the truth), in the engine's order, and labels facets.
/// A hit whose vacancy is no longer published (the index catches up within moments) is left out.
/// </summary>
public sealed class VacancyHits(IApplicationDbContext db, VacancyMapper mapper, ITaxonomy taxonomy)
{
    public async Task<IReadOnlyList<VacancySummaryDto>> LoadAsync(IReadOnlyList<SearchHit> hits,
        CancellationToken cancellationToken)
    {
        var ids = hits.Select(h => new VacancyId(h.Id)).ToList();
        var vacancies = await db.Vacancies.AsNoTracking().AsSplitQuery()
            .Where(v => ids.Contains(v.Id) && v.Status == VacancyStatus.Published)
            .ToDictionaryAsync(v => v.Id.Value, cancellationToken);
        var employerIds = vacancies.Values.Select(v => v.EmployerId).Distinct().ToList();
        var names = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return [.. hits.Where(h => vacancies.ContainsKey(h.Id)).Select(h =>
        {
            var vacancy = vacancies[h.Id];
            return mapper.ToSummary(vacancy, names.GetValueOrDefault(vacancy.EmployerId) ?? string.Empty) with
            {
                DistanceKm = h.DistanceKm is { } km ? Math.Round(km, 1) : null, Snippet = h.Snippet,
            };
        })];
    }

    /// <summary>Occupation groups get their ISCO label in the language; other values are their own label.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets(
        IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> facets, TaxonomyLanguage language) =>
        SearchFacets.All.ToDictionary(name => name, name => (IReadOnlyList<FacetValueDto>)
            [.. facets.GetValueOrDefault(name, []).Select(f => new FacetValueDto(f.Value, Label(name, f.Value, language), f.Count))]);

    private string Label(string facet, string value, TaxonomyLanguage language) =>
        facet == SearchFacets.OccupationGroup && IscoCode.TryCreate(value, out var code)
            && taxonomy.FindIscoGroup(code) is { } group
            ? group.Labels.PreferredIn(language)
            : value;
}
