using Mediator;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Application.Employers.RemoveRecruiter;

public sealed class RemoveRecruiterHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<RemoveRecruiterCommand>
{
    public async ValueTask<Unit> Handle(RemoveRecruiterCommand command, CancellationToken cancellationToken)
    {
        var (userId, employer) = await db.LoadOwnedEmployerAsync(user, cancellationToken);
        var recruiter = new UserId(command.UserId);
        if (!employer.Recruiters.Any(r => r.UserId == recruiter))
        {
            throw new NotFoundException(nameof(Recruiter), command.UserId);
        }

        employer.RemoveRecruiter(userId, recruiter);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
