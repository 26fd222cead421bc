using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.SuggestSkills;

public sealed class SuggestSkillsHandler(IApplicationDbContext db, ICurrentUser user, ITaxonomy taxonomy)
    : IQueryHandler<SuggestSkillsQuery, IReadOnlyList<SkillSuggestionDto>>
{
    public async ValueTask<IReadOnlyList<SkillSuggestionDto>> Handle(SuggestSkillsQuery query,
        CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var language = ProfileLanguage.Of(query.Language);
        var held = candidate.Skills.ToHashSet();
        var occupations = candidate.DesiredOccupations.Select(taxonomy.FindOccupation).OfType<EscoOccupation>();

        // In the order of the occupations the candidate chose, each skill once, naming every occupation that needs it.
        return occupations
            .SelectMany(o => taxonomy.SkillsOf(o.Uri, SkillRelation.Essential)
                .Select(s => (s.Skill, Occupation: o.Labels.PreferredIn(language))))
            .Where(x => !held.Contains(x.Skill))
            .GroupBy(x => x.Skill)
            .Select(g => (Skill: taxonomy.FindSkill(g.Key), NeededFor: g.Select(x => x.Occupation).Distinct().ToList()))
            .Where(x => x.Skill is not null)
            .Select(x => new SkillSuggestionDto(x.Skill!.Uri.Value, x.Skill.Labels.PreferredIn(language), x.NeededFor))
            .ToList();
    }
}
