using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>
/// Queues the e-mails about applications and placements in the outbox, in the recipient's language, with a link to
/// the page. The templates say what happened, never who or which job (the recipient sees that after logging in), so
/// no personal data travels in a subject. The key names the cause: the same cause never mails twice.
/// </summary>
public sealed class ApplicationEmails(IApplicationDbContext db, IIdentityService identity, IEmailOutbox outbox,
    IAppLinks links)
{
    public async Task ToCandidateAsync(CandidateId candidateId, EmailTemplate template, string key, Guid applicationId,
        CancellationToken cancellationToken)
    {
        var userId = await db.Candidates.Where(c => c.Id == candidateId).Select(c => c.UserId).FirstAsync(cancellationToken);
        await SendAsync(userId, template, key, links.CandidateApplication(applicationId), cancellationToken);
    }

    public async Task ToCandidateAboutPlacementAsync(CandidateId candidateId, EmailTemplate template, string key,
        CancellationToken cancellationToken)
    {
        var userId = await db.Candidates.Where(c => c.Id == candidateId).Select(c => c.UserId).FirstAsync(cancellationToken);
        await SendAsync(userId, template, key, links.CandidateApplications(), cancellationToken);
    }

    public Task ToEmployerAsync(Employer employer, Vacancy vacancy, UserId? invitedBy, EmailTemplate template,
        string key, Guid applicationId, CancellationToken cancellationToken) =>
        SendAsync(RecipientAt(employer, vacancy, invitedBy), template, key, links.EmployerApplication(applicationId),
            cancellationToken);

    public Task ToEmployerAboutVacancyAsync(Employer employer, Vacancy vacancy, EmailTemplate template, string key,
        CancellationToken cancellationToken) =>
        SendAsync(RecipientAt(employer, vacancy, null), template, key, links.EmployerVacancyApplications(vacancy.Id.Value),
            cancellationToken);

    /// <summary>
    /// Who at the organisation hears about an application: the member who invited the candidate, else the member
    /// who created the vacancy, else (when they left the organisation) the owner.
    /// </summary>
    public static UserId RecipientAt(Employer employer, Vacancy vacancy, UserId? invitedBy)
    {
        if (invitedBy is { } inviter && employer.IsMember(inviter))
        {
            return inviter;
        }

        var creator = vacancy.History.FirstOrDefault(h => h.Action == VacancyAction.Created)?.By;
        return creator is { } c && employer.IsMember(c) ? c : employer.OwnerId;
    }

    private async Task SendAsync(UserId recipient, EmailTemplate template, string key, string link,
        CancellationToken cancellationToken)
    {
        var account = await identity.FindByIdAsync(recipient, cancellationToken);
        if (account is null)
        {
            return;
        }

        await outbox.EnqueueAsync(key, account.Email, account.Culture, template,
            new Dictionary<string, string> { ["link"] = link }, cancellationToken);
    }
}
