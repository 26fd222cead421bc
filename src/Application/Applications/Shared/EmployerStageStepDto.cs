namespace TalentMatch.Application.Applications.Shared;

/// <summary>A step as the employer sees it: the stage, who moved it (side, and for members the account's e-mail), when.</summary>
public sealed record EmployerStageStepDto(string Stage, string Text, DateTimeOffset At, string Side, string? By);
