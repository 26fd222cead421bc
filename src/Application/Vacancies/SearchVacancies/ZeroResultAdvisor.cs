using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Vacancies.SearchVacancies;

/// <summary>
/// When a search finds nothing: the occupation the text most likely meant (a spelling the taxonomy knows), the
/// nearest wider radius that finds something, and related occupations (same ISCO unit group, broader, narrower)
/// that have open vacancies.
/// </summary>
public sealed class ZeroResultAdvisor(IVacancyIndex index, ITaxonomy taxonomy)
{
    private const int MaxRelated = 5;
    private const int MaxRelatedChecked = 15;

    public async Task<ZeroResultHelpDto> AdviseAsync(VacancySearchRequest request, IReadOnlyList<EscoOccupation> expanded,
        TaxonomyLanguage language, CancellationToken cancellationToken)
    {
        var bestGuess = request.Text is null ? null : taxonomy.SearchOccupations(request.Text, language, 1).FirstOrDefault();
        var didYouMean = bestGuess?.Occupation.Labels.PreferredIn(language) is { } label
            && !string.Equals(label, request.Text, StringComparison.OrdinalIgnoreCase) ? label : null;
        var seeds = expanded.Count > 0 ? expanded : bestGuess is null ? [] : [bestGuess.Occupation];
        return new ZeroResultHelpDto(didYouMean, await WiderRadiusAsync(request, cancellationToken),
            await RelatedAsync(request, seeds, language, cancellationToken));
    }

    private async Task<WiderRadiusDto?> WiderRadiusAsync(VacancySearchRequest request, CancellationToken cancellationToken)
    {
        if (request.Near is null || request.RadiusKm is not { } radius)
        {
            return null;
        }

        foreach (var wider in new[] { radius * 2, radius * 4, radius * 8 }.Where(r => r <= SearchVacanciesValidator.MaxRadiusKm))
        {
            var total = (await index.SearchAsync(request with { RadiusKm = wider, Page = 1, PageSize = 1 }, cancellationToken)).Total;
            if (total > 0)
            {
                return new WiderRadiusDto(wider, total);
            }
        }

        return null;
    }

    private async Task<IReadOnlyList<RelatedOccupationDto>> RelatedAsync(VacancySearchRequest request,
        IReadOnlyList<EscoOccupation> seeds, TaxonomyLanguage language, CancellationToken cancellationToken)
    {
        var related = seeds.SelectMany(Related).DistinctBy(o => o.Uri).Take(MaxRelatedChecked).ToList();
        var found = new List<RelatedOccupationDto>();
        var all = VacancySearchRequest.All(request.Today) with { PageSize = 1 };
        foreach (var occupation in related)
        {
            var total = (await index.SearchAsync(all with { OccupationUris = [occupation.Uri.Value] }, cancellationToken)).Total;
            if (total > 0)
            {
                found.Add(new RelatedOccupationDto(occupation.Uri.Value, occupation.Labels.PreferredIn(language), total));
            }
        }

        return [.. found.OrderByDescending(r => r.Total).Take(MaxRelated)];
    }

    private IEnumerable<EscoOccupation> Related(EscoOccupation seed)
    {
        var self = new[] { seed };
        var family = taxonomy.NarrowerOf(seed.Uri).Concat(taxonomy.BroaderOf(seed.Uri) is { } broader ? [broader] : []);
        var group = taxonomy.Occupations.Where(o => o.IscoCode == seed.IscoCode);
        return self.Concat(family).Concat(group);
    }
}
