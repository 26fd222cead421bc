using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Applications.Rules;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>The employer's DTOs: the candidate's card, contact details once shared, members by e-mail address.</summary>
public sealed class ApplicationMapper(IApplicationDbContext db, IIdentityService identity, CandidateCards cards)
{
    public async Task<ApplicationDto> ToDtoAsync(JobApplication a, string vacancyTitle, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().FirstAsync(c => c.Id == a.CandidateId, cancellationToken);
        var contact = a.ContactShared
            ? new ContactDto(candidate.DisplayName, (await identity.FindByIdAsync(candidate.UserId, cancellationToken))?.Email ?? string.Empty)
            : null;
        var members = await EmailsAsync(a.History.Where(h => h.BySide == ApplicationSide.Employer).Select(h => h.By)
            .Concat(a.Notes.Select(n => (UserId?)n.AuthorId)), cancellationToken);
        var placement = await db.Placements.AsNoTracking().Where(p => p.ApplicationId == a.Id)
            .Select(p => (Guid?)p.Id.Value).FirstOrDefaultAsync(cancellationToken);
        IReadOnlyList<string> moves = a.Stage == ApplicationStage.Invited ? []
            : [.. ApplicationStages.EmployerMoves.Where(s => ApplicationStages.IsAllowedMove(a.Stage, s)).Select(s => s.ToString())];
        return new ApplicationDto(a.Id.Value, a.VacancyId.Value, vacancyTitle, a.Origin.ToString(), a.Stage.ToString(),
            ApplicationTexts.ForEmployer(a.Stage), a.IsOpen, cards.Create(candidate), contact, a.Motivation, a.Cv?.ToDto(),
            moves, a.Stage == ApplicationStage.Offer, !new EndedApplicationsTakeNoMessages(a.Stage).IsBroken(),
            a.CreatedAt, a.UpdatedAt,
            [.. a.History.Select(h => new EmployerStageStepDto(h.Stage.ToString(), ApplicationTexts.ForEmployer(h.Stage), h.At,
                h.BySide.ToString(), h.By is { } by && members.TryGetValue(by, out var email) ? email : null))],
            [.. a.Messages.OrderBy(m => m.SentAt).Select(m => new MessageDto(m.Id, m.Side.ToString(), m.Text, m.SentAt))],
            [.. a.Notes.OrderBy(n => n.At).Select(n => new NoteDto(n.Id, members.GetValueOrDefault(n.AuthorId, string.Empty), n.Text, n.At))],
            placement);
    }

    /// <summary>The employer's list rows; names only of candidates who shared their contact details.</summary>
    public async Task<IReadOnlyList<ApplicationSummaryDto>> ToSummariesAsync(IReadOnlyList<JobApplication> applications,
        IReadOnlyDictionary<Domain.Vacancies.VacancyId, string> titles, CancellationToken cancellationToken)
    {
        var shared = applications.Where(a => a.ContactShared).Select(a => a.CandidateId).Distinct().ToList();
        var names = await db.Candidates.AsNoTracking().Where(c => shared.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.DisplayName, cancellationToken);
        return [.. applications.Select(a => new ApplicationSummaryDto(a.Id.Value, a.VacancyId.Value,
            titles.GetValueOrDefault(a.VacancyId, string.Empty), a.CandidateId.Value,
            a.ContactShared ? names.GetValueOrDefault(a.CandidateId) : null, a.Origin.ToString(), a.Stage.ToString(),
            ApplicationTexts.ForEmployer(a.Stage), a.IsOpen, a.CreatedAt, a.UpdatedAt))];
    }

    private async Task<Dictionary<UserId, string>> EmailsAsync(IEnumerable<UserId?> ids, CancellationToken cancellationToken)
    {
        var emails = new Dictionary<UserId, string>();
        foreach (var id in ids.OfType<UserId>().Distinct())
        {
            emails[id] = (await identity.FindByIdAsync(id, cancellationToken))?.Email ?? string.Empty;
        }

        return emails;
    }
}
