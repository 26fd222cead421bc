using TalentMatch.Application.Places;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Alerts.Matching;

/// <summary>
/// A saved search as the engines run it: the same <see cref="VacancySearchRequest"/> the search page builds from the
/// same values (text with its ESCO expansion in the alert's language and its place words, filters, place and
/// radius), so an alert finds exactly what the search would show. The saved values were normalised when saved.
/// </summary>
public sealed class SavedSearchRequests(IPlaceDirectory places, OccupationExpansion expansion)
{
    /// <param name="culture">The alert's language ("en", "nl"): the language the text's occupation titles are read in first.</param>
    public VacancySearchRequest Create(SavedSearchCriteria criteria, string culture, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var language = TaxonomyLanguage.FromCode(culture) ?? TaxonomyLanguage.Default;
        var text = string.IsNullOrWhiteSpace(criteria.Text) ? null : criteria.Text.Trim();
        return new VacancySearchRequest(
            text, [.. expansion.Expand(text, language).Select(o => o.Uri.Value)], criteria.Sectors, criteria.Occupations,
            criteria.OccupationGroups ?? [], criteria.Contracts, criteria.Languages,
            string.IsNullOrWhiteSpace(criteria.Near) ? null : places.Find(criteria.Near)?.Location, criteria.RadiusKm,
            criteria.HoursMin, criteria.HoursMax, criteria.SalaryMin, criteria.SponsorsVisa, criteria.Housing, null, today,
            VacancySort.Relevance, 1, int.MaxValue)
        {
            OptionalWords = PlaceWords.In(text, places),
        };
    }
}
