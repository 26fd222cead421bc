using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Rules;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Alerts.Rules;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Alerts.CreateAlert;

/// <summary>
/// Who may watch what: candidates their searches and their profile (403 for others, 404 without a profile); employer
/// members a published vacancy of their own organisation (another organisation's is 404, like the vacancy endpoints).
/// </summary>
public static class AlertTargets
{
    /// <returns>The watched vacancy's title, for employers' alerts.</returns>
    public static async Task<string?> CheckAsync(this IApplicationDbContext db, ICurrentUser user, AlertKind kind,
        Guid? vacancyId, CancellationToken cancellationToken)
    {
        if (kind == AlertKind.MatchingCandidates)
        {
            if (!user.IsInRole(Roles.Employer))
            {
                throw new ForbiddenAccessException();
            }

            var (_, _, vacancy) = await db.LoadOwnVacancyAsync(user, vacancyId!.Value, cancellationToken);
            BusinessRules.Check(new AlertsOnlyForPublishedVacancies(vacancy.Status == VacancyStatus.Published));
            return vacancy.Title;
        }

        if (!user.IsInRole(Roles.Candidate))
        {
            throw new ForbiddenAccessException();
        }

        if (kind == AlertKind.MatchingVacancies && !await db.Candidates.AnyAsync(c => c.UserId == user.Id, cancellationToken))
        {
            throw new NotFoundException(nameof(Candidate), user.Id!.Value);
        }

        return null;
    }
}
