namespace TalentMatch.Application.Applications.Shared;

/// <summary>A step of the candidate's own application: the stage (name) and its humane text, and when.</summary>
public sealed record StageStepDto(string Stage, string Text, DateTimeOffset At);
