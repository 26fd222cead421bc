namespace TalentMatch.Application.Applications.Shared;

/// <summary>An internal note: only in the employer's view of an application, never in the candidate's.</summary>
public sealed record NoteDto(Guid Id, string Author, string Text, DateTimeOffset At);
