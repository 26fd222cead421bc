using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.Shared;

public static class VacancyPages
{
    public static async Task<PagedResult<VacancySummaryDto>> ReadAsync(IApplicationDbContext db, VacancyMapper mapper,
        IOrderedQueryable<Vacancy> vacancies, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? PageRules.DefaultPageSize);
        var total = await vacancies.CountAsync(cancellationToken);
        var items = await vacancies.ThenBy(v => v.Id).AsSplitQuery().Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        var employerIds = items.Select(v => v.EmployerId).Distinct().ToList();
        var names = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Name }).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return new PagedResult<VacancySummaryDto>(total, number, size,
            [.. items.Select(v => mapper.ToSummary(v, names.GetValueOrDefault(v.EmployerId) ?? string.Empty))]);
    }
}
