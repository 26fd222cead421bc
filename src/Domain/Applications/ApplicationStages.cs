namespace TalentMatch.Domain.Applications;

/// <summary>The order of the stages and the moves between them, in one place for the rules, the pages and statistics.</summary>
public static class ApplicationStages
{
    /// <summary>The way to a job, in order. An application "reached" a stage when it got there or further.</summary>
    public static IReadOnlyList<ApplicationStage> Progress { get; } =
        [ApplicationStage.Applied, ApplicationStage.Screening, ApplicationStage.Interview, ApplicationStage.Offer,
            ApplicationStage.Hired];

    /// <summary>The stages an employer member moves an application to (Hired goes through the hiring step).</summary>
    public static IReadOnlyList<ApplicationStage> EmployerMoves { get; } =
        [ApplicationStage.Screening, ApplicationStage.Interview, ApplicationStage.Offer, ApplicationStage.NotSelected];

    public static bool IsFinal(this ApplicationStage stage) => stage is ApplicationStage.Hired
        or ApplicationStage.NotSelected or ApplicationStage.Withdrawn or ApplicationStage.Declined;

    /// <summary>Applied to Offer: the candidate is in the running and contact details are shared.</summary>
    public static bool IsInProgress(this ApplicationStage stage) =>
        stage is >= ApplicationStage.Applied and <= ApplicationStage.Offer;

    /// <summary>1 (Applied) to 5 (Hired) along <see cref="Progress"/>; 0 for the other stages.</summary>
    public static int Step(this ApplicationStage stage) => Progress.ToList().IndexOf(stage) + 1;

    /// <summary>
    /// An employer's move: from a stage in progress forward (steps may be skipped: not every employer screens) or to
    /// NotSelected. Hired only from Offer, through hiring.
    /// </summary>
    public static bool IsAllowedMove(ApplicationStage from, ApplicationStage to) => from.IsInProgress() && to switch
    {
        ApplicationStage.NotSelected => true,
        ApplicationStage.Hired => from == ApplicationStage.Offer,
        ApplicationStage.Screening or ApplicationStage.Interview or ApplicationStage.Offer => to.Step() > from.Step(),
        _ => false,
    };
}
