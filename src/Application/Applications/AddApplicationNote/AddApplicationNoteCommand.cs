using Mediator;

namespace TalentMatch.Application.Applications.AddApplicationNote;

/// <summary>An internal note by a member of the organisation; the candidate never sees it. Returns the note id.</summary>
public sealed record AddApplicationNoteCommand(Guid ApplicationId, string? Text) : ICommand<Guid>;
