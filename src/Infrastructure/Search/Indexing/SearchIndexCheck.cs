using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Compares an index with the database: missing, corrupt, or stale (a different number of documents, or a newest
/// version that differs from the newest indexed row). Returns why it needs a rebuild, or null when it does not.
/// </summary>
public sealed class SearchIndexCheck(ApplicationDbContext db, IVacancyIndex vacancyIndex, ICandidateIndex candidateIndex)
{
    public async Task<string?> ReasonToRebuildAsync(IndexName index, CancellationToken cancellationToken)
    {
        var (state, expected) = index == IndexName.Vacancies
            ? (await vacancyIndex.GetStateAsync(cancellationToken), await ExpectedVacanciesAsync(cancellationToken))
            : (await candidateIndex.GetStateAsync(cancellationToken), await ExpectedCandidatesAsync(cancellationToken));
        return state.Condition switch
        {
            IndexCondition.Missing => "the index is missing",
            IndexCondition.Corrupt => "the index cannot be read",
            _ when state.DocumentCount != expected.Count =>
                $"the index holds {state.DocumentCount} documents, the database {expected.Count}",
            _ when state.MaxVersion != expected.MaxVersion => "the index is older than the database",
            _ => null,
        };
    }

    private async Task<(long Count, long MaxVersion)> ExpectedVacanciesAsync(CancellationToken cancellationToken)
    {
        var updated = await db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Published)
            .Select(v => v.UpdatedAt).ToListAsync(cancellationToken);
        return (updated.Count, updated.Count == 0 ? 0 : updated.Max(Versions.Of));
    }

    private async Task<(long Count, long MaxVersion)> ExpectedCandidatesAsync(CancellationToken cancellationToken)
    {
        var updated = await db.Candidates.AsNoTracking().Where(c => c.VisibleToEmployers)
            .Select(c => c.ProfileUpdatedAt ?? c.RegisteredAt).ToListAsync(cancellationToken);
        return (updated.Count, updated.Count == 0 ? 0 : updated.Max(Versions.Of));
    }
}
