using System.Globalization;
using Mediator;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Places;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Vacancies.SearchVacancies;

public sealed class SearchVacanciesHandler(IVacancyIndex index, IPlaceDirectory places, OccupationExpansion expansion,
    VacancyHits hits, ZeroResultAdvisor advisor, TimeProvider clock)
    : IQueryHandler<SearchVacanciesQuery, VacancySearchResultDto>
{
    public async ValueTask<VacancySearchResultDto> Handle(SearchVacanciesQuery query, CancellationToken cancellationToken)
    {
        var language = TaxonomyLanguage.FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            ?? TaxonomyLanguage.Default;
        var expanded = expansion.Expand(query.Q, language);
        var request = new VacancySearchRequest(
            string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(), [.. expanded.Select(o => o.Uri.Value)],
            Clean(query.Sector, v => Sector.FromCode(v)!.Code), Clean(query.Occupation, v => v),
            Clean(query.OccupationGroup, v => v), Clean(query.Contract, v => EnumInput.ParseOptional<Domain.Vacancies.ContractType>(v)!.Value.ToString()),
            Clean(query.Language, LanguageRequirement.Normalise), string.IsNullOrWhiteSpace(query.Near) ? null : places.Find(query.Near)?.Location,
            query.RadiusKm, query.HoursMin, query.HoursMax, query.SalaryMin, query.SponsorsVisa, query.Housing,
            query.PostedSince is { } since ? new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            clock.Today(), SortOrder.Parse(query.Sort), query.Page ?? 1, query.PageSize ?? PageRules.DefaultPageSize)
        {
            OptionalWords = PlaceWords.In(query.Q, places),
        };
        var found = await index.SearchAsync(request, cancellationToken);
        var items = await hits.LoadAsync(found.Hits, cancellationToken);
        var help = found.Total == 0 ? await advisor.AdviseAsync(request, expanded, language, cancellationToken) : null;
        return new VacancySearchResultDto(found.Total, request.Page, request.PageSize, items,
            hits.Facets(found.Facets, language), help);
    }

    private static IReadOnlyList<string> Clean(IReadOnlyList<string>? values, Func<string, string> normalise) =>
        values is null ? [] : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => normalise(v.Trim())).Distinct()];
}
