using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Placements.Rules;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Domain.Placements;

/// <summary>
/// Someone got a job through TalentMatch: hired through an application, or reported by the candidate and confirmed
/// by the employer. It links to the candidate record (never copies their personal data, so statistics can follow
/// the candidate's current consent) and keeps a snapshot of the job as it was: sector, ESCO occupation, ISCO unit
/// group, the agreed terms and when the hire happened. Only <see cref="PlacementStatus.Confirmed"/> ones count.
/// </summary>
public sealed class Placement : Entity
{
    private Placement()
    {
    }

    public PlacementId Id { get; private set; }

    public CandidateId CandidateId { get; private set; }

    public VacancyId VacancyId { get; private set; }

    public EmployerId EmployerId { get; private set; }

    /// <summary>The application the hire happened in; null for a reported placement.</summary>
    public JobApplicationId? ApplicationId { get; private set; }

    public PlacementSource Source { get; private set; }

    public PlacementStatus Status { get; private set; }

    public Sector? Sector { get; private set; }

    public OccupationUri? Occupation { get; private set; }

    /// <summary>The ISCO-08 unit group (4 digits) of the occupation, as the taxonomy placed it when recorded.</summary>
    public IscoCode? IscoUnitGroup { get; private set; }

    /// <summary>The agreed start; for a report, the candidate's date until the employer confirms its own.</summary>
    public DateOnly? StartDate { get; private set; }

    public int? HoursPerWeek { get; private set; }

    public ContractType? ContractType { get; private set; }

    public bool SponsorNeeded { get; private set; }

    public bool HousingArranged { get; private set; }

    /// <summary>When the hire happened: the hiring step, or for a report the moment the candidate reported it.</summary>
    public DateTimeOffset HiredAt { get; private set; }

    /// <summary>When the employer confirmed or rejected a report (for a hire: the hire itself).</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    public UserId? DecidedBy { get; private set; }

    public bool Counts => Status == PlacementStatus.Confirmed;

    /// <summary>The hire of an application (already moved to Hired); confirmed at once.</summary>
    public static Placement FromHire(JobApplication application, Vacancy vacancy, IscoCode? unitGroup,
        PlacementTerms terms, UserId by, DateTimeOffset now)
    {
        if (application.Stage != ApplicationStage.Hired || application.VacancyId != vacancy.Id)
        {
            throw new ArgumentException("The application must be hired into this vacancy.", nameof(application));
        }

        var placement = Snapshot(application.CandidateId, vacancy, unitGroup, PlacementSource.Hired, now);
        placement.ApplicationId = application.Id;
        placement.Confirm(terms, by, now, checkPending: false);
        return placement;
    }

    /// <summary>The candidate reports a job found through a match, without applying here; the employer confirms.</summary>
    public static Placement Report(Candidate candidate, Vacancy vacancy, IscoCode? unitGroup, bool matches,
        bool appliedHere, bool alreadyRecorded, DateOnly? startDate, DateTimeOffset now)
    {
        CheckRule(new ReportedVacancyMustHaveBeenPublished(vacancy.Status));
        CheckRule(new AppliedJobsAreRecordedByHiring(appliedHere));
        CheckRule(new PlacementReportedOnce(alreadyRecorded));
        CheckRule(new ReportedVacancyMustMatch(matches));
        var placement = Snapshot(candidate.Id, vacancy, unitGroup, PlacementSource.Reported, now);
        placement.Status = PlacementStatus.AwaitingConfirmation;
        placement.StartDate = startDate;
        return placement;
    }

    /// <summary>The employer confirms a report with the terms it agreed with the candidate.</summary>
    public void Confirm(PlacementTerms terms, UserId by, DateTimeOffset now) => Confirm(terms, by, now, checkPending: true);

    public void Reject(UserId by, DateTimeOffset now)
    {
        CheckRule(new OnlyReportsAwaitConfirmation(Status));
        Status = PlacementStatus.Rejected;
        DecidedAt = now;
        DecidedBy = by;
    }

    private void Confirm(PlacementTerms terms, UserId by, DateTimeOffset now, bool checkPending)
    {
        if (checkPending)
        {
            CheckRule(new OnlyReportsAwaitConfirmation(Status));
        }

        (StartDate, HoursPerWeek, ContractType) = (terms.StartDate, terms.HoursPerWeek, terms.ContractType);
        (SponsorNeeded, HousingArranged) = (terms.SponsorNeeded, terms.HousingArranged);
        Status = PlacementStatus.Confirmed;
        DecidedAt = now;
        DecidedBy = by;
    }

    private static Placement Snapshot(CandidateId candidate, Vacancy vacancy, IscoCode? unitGroup,
        PlacementSource source, DateTimeOffset now) => new()
        {
            Id = PlacementId.New(), CandidateId = candidate, VacancyId = vacancy.Id, EmployerId = vacancy.EmployerId,
            Source = source, Sector = vacancy.Sector, Occupation = vacancy.Occupation,
            IscoUnitGroup = unitGroup is { IsUnitGroup: true } ? unitGroup : null, HiredAt = now,
        };
}
