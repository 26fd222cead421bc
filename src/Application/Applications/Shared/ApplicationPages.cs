using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>Paged lists of applications, last changed first, with the titles and organisation names they show.</summary>
public static class ApplicationPages
{
    public static async Task<(int Total, int Page, int Size, List<JobApplication> Items)> ReadAsync(
        IQueryable<JobApplication> applications, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? PageRules.DefaultPageSize);
        var total = await applications.CountAsync(cancellationToken);
        var items = await applications.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id).AsSplitQuery()
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return (total, number, size, items);
    }

    public static async Task<Dictionary<VacancyId, (string Title, EmployerId Employer)>> VacanciesAsync(
        this IApplicationDbContext db, IEnumerable<VacancyId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Vacancies.AsNoTracking().Where(v => wanted.Contains(v.Id))
            .Select(v => new { v.Id, v.Title, v.EmployerId })
            .ToDictionaryAsync(v => v.Id, v => (v.Title, v.EmployerId), cancellationToken);
    }

    public static async Task<Dictionary<EmployerId, string>> EmployerNamesAsync(this IApplicationDbContext db,
        IEnumerable<EmployerId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Employers.AsNoTracking().Where(e => wanted.Contains(e.Id))
            .Select(e => new { e.Id, e.Name }).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
    }

    public static PagedResult<T> Page<T>(this (int Total, int Page, int Size, List<JobApplication> Items) read,
        IReadOnlyList<T> items) => new(read.Total, read.Page, read.Size, items);
}
