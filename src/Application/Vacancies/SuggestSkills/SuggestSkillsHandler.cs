using System.Globalization;
using Mediator;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Vacancies.SuggestSkills;

public sealed class SuggestSkillsHandler(ITaxonomy taxonomy) : IQueryHandler<SuggestSkillsQuery, OccupationSuggestionDto>
{
    public ValueTask<OccupationSuggestionDto> Handle(SuggestSkillsQuery query, CancellationToken cancellationToken)
    {
        var occupation = OccupationUri.TryCreate(query.OccupationUri, out var uri) ? taxonomy.FindOccupation(uri) : null;
        if (occupation is null)
        {
            throw new NotFoundException(nameof(EscoOccupation), query.OccupationUri);
        }

        var language = TaxonomyLanguage.FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            ?? TaxonomyLanguage.Default;
        var skills = taxonomy.SkillsOf(uri, SkillRelation.Essential)
            .Select(s => taxonomy.FindSkill(s.Skill)).OfType<EscoSkill>()
            .Select(s => new SkillOptionDto(s.Uri.Value, s.Labels.PreferredIn(language)))
            .OrderBy(s => s.Label, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return ValueTask.FromResult(new OccupationSuggestionDto(uri.Value, occupation.Labels.PreferredIn(language),
            occupation.Sector?.Code, skills));
    }
}
