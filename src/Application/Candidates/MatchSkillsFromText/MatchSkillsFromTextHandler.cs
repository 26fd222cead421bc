using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Taxonomy;

namespace TalentMatch.Application.Candidates.MatchSkillsFromText;

public sealed class MatchSkillsFromTextHandler(IApplicationDbContext db, ICurrentUser user, ITaxonomy taxonomy)
    : IQueryHandler<MatchSkillsFromTextQuery, IReadOnlyList<SkillMatchDto>>
{
    public const int MaxResults = 15;
    private const int HitsPerPhrase = 3;
    private const int MaxPhrases = 20;

    public async ValueTask<IReadOnlyList<SkillMatchDto>> Handle(MatchSkillsFromTextQuery query,
        CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var language = ProfileLanguage.Of(query.Language);
        var held = candidate.Skills.ToHashSet();

        // Each phrase (split at commas, semicolons, new lines and bullets) is searched on its own; a skill found for
        // several phrases keeps its best score.
        return SkillPhrases.Of(query.Text ?? string.Empty).Take(MaxPhrases)
            .SelectMany(phrase => taxonomy.SearchSkills(phrase, language, HitsPerPhrase).Select(hit => (hit, phrase)))
            .Where(x => !held.Contains(x.hit.Skill.Uri))
            .GroupBy(x => x.hit.Skill.Uri)
            .Select(g => g.MaxBy(x => x.hit.Score))
            .OrderByDescending(x => x.hit.Score)
            .Take(MaxResults)
            .Select(x => new SkillMatchDto(x.hit.Skill.Uri.Value, x.hit.Skill.Labels.PreferredIn(language), x.phrase))
            .ToList();
    }
}
