using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Applications.AddApplicationNote;

/// <summary>No e-mail: a note is for colleagues, and the candidate must not learn that one exists.</summary>
public sealed class AddApplicationNoteHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddApplicationNoteCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddApplicationNoteCommand command, CancellationToken cancellationToken)
    {
        var (userId, _, application) = await db.LoadForEmployerAsync(user, command.ApplicationId, cancellationToken);
        var note = application.AddNote(userId, command.Text ?? string.Empty, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return note.Id;
    }
}
