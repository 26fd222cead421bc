using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Search;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Matching.GetVacancyMatches;

/// <summary>
/// The engine retrieves visible candidates sharing an occupation, ISCO group or skill (only those who need no
/// sponsor when the vacancy cannot sponsor); the one <see cref="MatchScorer"/> ranks them.
/// </summary>
public sealed class GetVacancyMatchesHandler(IApplicationDbContext db, ICurrentUser user, ICandidateIndex index,
    MatchRetrievals retrievals, MatchScorer scorer, ExplanationBuilder explanations, CandidateCards cards,
    TimeProvider clock) : IQueryHandler<GetVacancyMatchesQuery, MatchListDto<CandidateMatchDto>>
{
    public async ValueTask<MatchListDto<CandidateMatchDto>> Handle(GetVacancyMatchesQuery query,
        CancellationToken cancellationToken)
    {
        var (_, _, vacancy) = await db.LoadOwnVacancyAsync(user, query.VacancyId, cancellationToken);
        var today = clock.Today();
        var ids = (await index.RetrieveAsync(retrievals.ForVacancy(vacancy, today), cancellationToken))
            .Select(id => new CandidateId(id)).ToList();
        var candidates = await db.Candidates.AsNoTracking().AsSplitQuery()
            .Where(c => ids.Contains(c.Id) && c.VisibleToEmployers).ToListAsync(cancellationToken);
        var best = candidates.Select(c => (Candidate: c, Result: scorer.Score(c, vacancy, today)))
            .Where(m => m.Result is not null)
            .OrderByDescending(m => m.Result!.Fit).ThenBy(m => m.Candidate.Id.Value)
            .Take(query.Limit ?? MatchLimits.Default).ToList();
        var explained = await explanations.BuildAsync([.. best.Select(m => m.Result!)], cancellationToken);
        return new MatchListDto<CandidateMatchDto>(
            [.. best.Select((m, i) => new CandidateMatchDto(cards.Create(m.Candidate), m.Result!.Score, explained[i]))]);
    }
}
