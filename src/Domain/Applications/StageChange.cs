using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications;

/// <summary>
/// One step of an application: the stage it came to, from which, when, and who moved it. When the application's
/// personal data is deleted the account (<see cref="By"/>) goes too; stage, side and time stay for the statistics.
/// </summary>
public sealed class StageChange
{
    private StageChange()
    {
    }

    public ApplicationStage Stage { get; private set; }

    /// <summary>Null for the first entry.</summary>
    public ApplicationStage? From { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ApplicationSide BySide { get; private set; }

    public UserId? By { get; private set; }

    internal static StageChange Of(ApplicationStage? from, ApplicationStage to, ApplicationSide side, UserId by,
        DateTimeOffset at) => new() { From = from, Stage = to, BySide = side, By = by, At = at };

    internal void Anonymise() => By = null;
}
