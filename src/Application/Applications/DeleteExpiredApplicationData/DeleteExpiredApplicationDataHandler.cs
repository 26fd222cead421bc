using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.DeleteExpiredApplicationData;

/// <summary>
/// The moment a vacancy closed is the last Closed or Filled entry of its history. Works in batches so a long backlog
/// does not hold one huge transaction; CV files are deleted after the rows are saved (a crash in between leaves an
/// orphan file, never a row pointing to a missing file).
/// </summary>
public sealed class DeleteExpiredApplicationDataHandler(IApplicationDbContext db, ICvStore store, TimeProvider clock,
    ILogger<DeleteExpiredApplicationDataHandler> logger) : ICommandHandler<DeleteExpiredApplicationDataCommand, int>
{
    public const int BatchSize = 100;

    public async ValueTask<int> Handle(DeleteExpiredApplicationDataCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // The earliest a vacancy's applications can be due is four weeks after it closed; consent only adds time.
        var closedBefore = now - ApplicationRetention.Unsuccessful;
        var closed = await db.Vacancies.AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Closed || v.Status == VacancyStatus.Filled)
            .Select(v => new
            {
                v.Id,
                ClosedAt = v.History.Where(h => h.To == VacancyStatus.Closed || h.To == VacancyStatus.Filled)
                    .Max(h => (DateTimeOffset?)h.At),
            })
            .Where(v => v.ClosedAt <= closedBefore)
            .ToDictionaryAsync(v => v.Id, v => v.ClosedAt!.Value, cancellationToken);
        var ids = closed.Keys.ToList();
        var deleted = 0;
        for (var skip = 0; ; skip += BatchSize)
        {
            var batch = await db.JobApplications.AsSplitQuery()
                .Where(a => a.PersonalDataDeletedAt == null && a.Stage != ApplicationStage.Hired && ids.Contains(a.VacancyId))
                .OrderBy(a => a.Id).Skip(skip).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var due = batch.Where(a => now >= ApplicationRetention.DeleteAt(closed[a.VacancyId], a.KeepForAYear)).ToList();
            var files = due.Select(a => a.DeletePersonalData(now)).OfType<CvDocument>().ToList();
            await db.SaveChangesAsync(cancellationToken);
            skip -= due.Count;   // cleared rows leave the query
            deleted += due.Count;
            foreach (var file in files)
            {
                await store.DeleteAsync(file.StorageKey, CancellationToken.None);
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Retention deleted the personal data of {Count} applications", deleted);
        }

        return deleted;
    }
}
