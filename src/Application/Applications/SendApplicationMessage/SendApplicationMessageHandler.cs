using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.Applications.SendApplicationMessage;

public sealed class SendApplicationMessageHandler(IApplicationDbContext db, ICurrentUser user, ApplicationEmails emails,
    TimeProvider clock) : ICommandHandler<SendApplicationMessageCommand, Guid>
{
    public async ValueTask<Guid> Handle(SendApplicationMessageCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (command.Side == ApplicationSide.Candidate)
        {
            var (candidate, mine) = await db.LoadMineAsync(user, command.ApplicationId, cancellationToken);
            var message = mine.Post(ApplicationSide.Candidate, candidate.UserId, command.Text ?? string.Empty, now);
            var (vacancy, employer) = await db.PartiesAsync(mine.VacancyId, cancellationToken);
            await emails.ToEmployerAsync(employer, vacancy, mine.InvitedBy, EmailTemplate.ApplicationMessageToEmployer,
                $"application-message:{message.Id}", mine.Id.Value, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return message.Id;
        }

        var (userId, _, application) = await db.LoadForEmployerAsync(user, command.ApplicationId, cancellationToken);
        var sent = application.Post(ApplicationSide.Employer, userId, command.Text ?? string.Empty, now);
        await emails.ToCandidateAsync(application.CandidateId, EmailTemplate.ApplicationMessageToCandidate,
            $"application-message:{sent.Id}", application.Id.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return sent.Id;
    }
}
