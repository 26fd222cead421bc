using Mediator;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy.SearchOccupations;

public sealed class SearchOccupationsHandler(ITaxonomy taxonomy)
    : IQueryHandler<SearchOccupationsQuery, IReadOnlyList<TaxonomyEntryDto>>
{
    public ValueTask<IReadOnlyList<TaxonomyEntryDto>> Handle(SearchOccupationsQuery query,
        CancellationToken cancellationToken)
    {
        var language = TaxonomyLanguage.FromCode(query.Language) ?? TaxonomyLanguage.Default;
        var matches = taxonomy.SearchOccupations(query.Text ?? string.Empty, language,
            query.Limit ?? TaxonomySearchLimits.DefaultLimit);
        IReadOnlyList<TaxonomyEntryDto> entries = matches
            .Select(m => new TaxonomyEntryDto(m.Occupation.Uri.Value, m.Occupation.Labels.PreferredIn(language),
                m.Occupation.IscoCode.Value, m.Occupation.Sector?.Code))
            .ToList();
        return ValueTask.FromResult(entries);
    }
}
