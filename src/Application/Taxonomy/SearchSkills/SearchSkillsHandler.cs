using Mediator;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy.SearchSkills;

public sealed class SearchSkillsHandler(ITaxonomy taxonomy)
    : IQueryHandler<SearchSkillsQuery, IReadOnlyList<TaxonomyEntryDto>>
{
    public ValueTask<IReadOnlyList<TaxonomyEntryDto>> Handle(SearchSkillsQuery query, CancellationToken cancellationToken)
    {
        var language = TaxonomyLanguage.FromCode(query.Language) ?? TaxonomyLanguage.Default;
        var matches = taxonomy.SearchSkills(query.Text ?? string.Empty, language,
            query.Limit ?? TaxonomySearchLimits.DefaultLimit);
        IReadOnlyList<TaxonomyEntryDto> entries = matches
            .Select(m => new TaxonomyEntryDto(m.Skill.Uri.Value, m.Skill.Labels.PreferredIn(language), null, null))
            .ToList();
        return ValueTask.FromResult(entries);
    }
}
