using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Brings the documents of some entities up to date with the database: reads their current state, upserts the ones
/// that belong in an index and deletes the rest (unpublished vacancies, hidden candidates, removed rows). Idempotent.
/// </summary>
public sealed class SearchIndexWriter(ApplicationDbContext db, SearchDocumentFactory documents,
    IVacancyIndex vacancyIndex, ICandidateIndex candidateIndex)
{
    public async Task WriteVacanciesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var vacancyIds = ids.Select(id => new VacancyId(id)).ToList();
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => vacancyIds.Contains(v.Id))
            .ToListAsync(cancellationToken);
        var built = await BuildAsync(vacancies.Where(SearchDocumentFactory.IsIndexed).ToList(), cancellationToken);
        var removed = ids.Except(built.Select(d => d.Id)).ToList();
        await UpsertAndDeleteAsync(vacancyIndex, built, removed, cancellationToken);
    }

    public async Task WriteEmployerVacanciesAsync(IReadOnlyCollection<Guid> employerIds, CancellationToken cancellationToken)
    {
        var ids = employerIds.Select(id => new EmployerId(id)).ToList();
        var vacancyIds = await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.EmployerId))
            .Select(v => v.Id.Value).ToListAsync(cancellationToken);
        await WriteVacanciesAsync(vacancyIds, cancellationToken);
    }

    public async Task WriteCandidatesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var candidateIds = ids.Select(id => new CandidateId(id)).ToList();
        var candidates = await db.Candidates.AsNoTracking().Where(c => candidateIds.Contains(c.Id))
            .ToListAsync(cancellationToken);
        var built = candidates.Where(SearchDocumentFactory.IsIndexed).Select(documents.Create).ToList();
        var removed = ids.Except(built.Select(d => d.Id)).ToList();
        await UpsertAndDeleteAsync(candidateIndex, built, removed, cancellationToken);
    }

    /// <summary>The documents of these (indexed) vacancies, with their employers' names.</summary>
    public async Task<List<VacancyDocument>> BuildAsync(IReadOnlyCollection<Vacancy> vacancies,
        CancellationToken cancellationToken)
    {
        var employerIds = vacancies.Select(v => v.EmployerId).Distinct().ToList();
        var names = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return [.. vacancies.Select(v => documents.Create(v, names.GetValueOrDefault(v.EmployerId) ?? string.Empty))];
    }

    private static async Task UpsertAndDeleteAsync<T>(IDocumentIndex<T> index, IReadOnlyCollection<T> upserts,
        IReadOnlyCollection<Guid> deletes, CancellationToken cancellationToken)
    {
        if (upserts.Count > 0)
        {
            await index.UpsertAsync(upserts, cancellationToken);
        }

        if (deletes.Count > 0)
        {
            await index.DeleteAsync(deletes, cancellationToken);
        }
    }
}
