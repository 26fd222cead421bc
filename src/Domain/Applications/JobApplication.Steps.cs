using TalentMatch.Domain.Applications.Rules;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications;

/// <summary>The moves of an application: the candidate's answers to an invitation and withdrawal, the employer's stages.</summary>
public sealed partial class JobApplication
{
    /// <summary>The candidate accepts: the application starts and the employer sees who they are.</summary>
    public void AcceptInvitation(UserId by, CvDocument? cvCopy, bool keepForAYear, DateTimeOffset now)
    {
        CheckRule(new PersonalDataMustNotBeDeleted(PersonalDataDeletedAt));
        CheckRule(new InvitationMustBePending(Stage));
        Cv = cvCopy;
        KeepForAYear = keepForAYear;
        ContactSharedAt = now;
        Record(ApplicationStage.Applied, ApplicationSide.Candidate, by, now);
    }

    public void DeclineInvitation(UserId by, DateTimeOffset now)
    {
        CheckRule(new PersonalDataMustNotBeDeleted(PersonalDataDeletedAt));
        CheckRule(new InvitationMustBePending(Stage));
        Record(ApplicationStage.Declined, ApplicationSide.Candidate, by, now);
    }

    /// <summary>The candidate withdraws, from any stage in progress (a pending invitation is declined instead).</summary>
    public void Withdraw(UserId by, DateTimeOffset now)
    {
        CheckOpenForSteps();
        Record(ApplicationStage.Withdrawn, ApplicationSide.Candidate, by, now);
    }

    /// <summary>An employer member moves the application to screening, interview, offer or not selected.</summary>
    public void MoveTo(ApplicationStage stage, UserId by, DateTimeOffset now)
    {
        CheckOpenForSteps();
        CheckRule(new StageMoveMustBeAllowed(Stage, stage));
        Record(stage, ApplicationSide.Employer, by, now);
    }

    /// <summary>An employer member records the hire; the caller records the placement with its details.</summary>
    public void Hire(UserId by, DateTimeOffset now)
    {
        CheckOpenForSteps();
        CheckRule(new HiringNeedsAnOffer(Stage));
        Record(ApplicationStage.Hired, ApplicationSide.Employer, by, now);
    }

    /// <summary>The candidate changes their retention choice while the data is kept.</summary>
    public void ChooseRetention(bool keepForAYear, DateTimeOffset now)
    {
        CheckRule(new PersonalDataMustNotBeDeleted(PersonalDataDeletedAt));
        KeepForAYear = keepForAYear;
        UpdatedAt = now;
    }

    /// <summary>When the application first came to <paramref name="stage"/>, if it did.</summary>
    public DateTimeOffset? ReachedAt(ApplicationStage stage) => _history.FirstOrDefault(h => h.Stage == stage)?.At;

    private void CheckOpenForSteps()
    {
        CheckRule(new PersonalDataMustNotBeDeleted(PersonalDataDeletedAt));
        CheckRule(new FinalStagesAreFinal(Stage));
        CheckRule(new InvitationMustBeAnswered(Stage));
    }
}
