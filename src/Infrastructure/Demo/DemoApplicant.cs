using TalentMatch.Domain.Applications;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>
/// One applicant to a past vacancy: their profile, when they registered (days before applying), when they applied
/// (days after the vacancy was posted), how far they got (the step of
/// <see cref="ApplicationStages.Progress"/>: 1 applied ... 5 hired), how it ended and the days each step took.
/// </summary>
public sealed record DemoApplicant(DemoCandidate Candidate, int RegisteredDaysBefore, int AppliedDaysAfterPosting,
    ApplicationStage Outcome, int Furthest, IReadOnlyList<int> StepDays, bool HousingArranged);
