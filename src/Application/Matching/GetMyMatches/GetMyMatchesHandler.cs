using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Search;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching.GetMyMatches;

/// <summary>
/// The engine retrieves vacancies sharing an occupation, ISCO group or skill (and, for someone who needs a sponsor,
/// only sponsoring ones); the one <see cref="MatchScorer"/> ranks them, so every engine gives the same order.
/// </summary>
public sealed class GetMyMatchesHandler(IApplicationDbContext db, ICurrentUser user, IVacancyIndex index,
    MatchRetrievals retrievals, MatchScorer scorer, ExplanationBuilder explanations, VacancyMapper mapper,
    TimeProvider clock) : IQueryHandler<GetMyMatchesQuery, MatchListDto<VacancyMatchDto>>
{
    public async ValueTask<MatchListDto<VacancyMatchDto>> Handle(GetMyMatchesQuery query, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var today = clock.Today();
        var ids = (await index.RetrieveAsync(retrievals.ForCandidate(candidate, today), cancellationToken))
            .Select(id => new VacancyId(id)).ToList();
        var vacancies = await db.Vacancies.AsNoTracking().AsSplitQuery()
            .Where(v => ids.Contains(v.Id) && v.Status == VacancyStatus.Published
                && (v.ClosingDate == null || v.ClosingDate >= today))
            .ToListAsync(cancellationToken);
        var best = vacancies.Select(v => (Vacancy: v, Result: scorer.Score(candidate, v, today)))
            .Where(m => m.Result is not null)
            .OrderByDescending(m => m.Result!.Fit).ThenByDescending(m => m.Vacancy.PublishedAt).ThenBy(m => m.Vacancy.Id.Value)
            .Take(query.Limit ?? MatchLimits.Default).ToList();
        var employerIds = best.Select(m => m.Vacancy.EmployerId).Distinct().ToList();
        var names = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var explained = await explanations.BuildAsync([.. best.Select(m => m.Result!)], cancellationToken);
        return new MatchListDto<VacancyMatchDto>([.. best.Select((m, i) => new VacancyMatchDto(
            mapper.ToSummary(m.Vacancy, names.GetValueOrDefault(m.Vacancy.EmployerId) ?? string.Empty),
            m.Result!.Score, explained[i]))]);
    }
}
