using TalentMatch.Domain.Applications.Rules;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Domain.Applications;

/// <summary>
/// A candidate's application to a vacancy, begun by the candidate (with a motivation and optionally a copy of their
/// CV) or by an employer member's invitation that the candidate accepts. It moves through <see cref="ApplicationStage"/>
/// with every step kept in <see cref="History"/>; both sides exchange <see cref="Messages"/>, and the employer keeps
/// <see cref="Notes"/> the candidate never sees. Contact details are shared from the moment the candidate applied
/// or accepted. After the retention period the personal data goes and an anonymous stub stays (see
/// <see cref="DeletePersonalData"/>).
/// </summary>
public sealed partial class JobApplication : Entity
{
    public const int MotivationMaxLength = 5_000;

    private readonly List<StageChange> _history = [];
    private readonly List<ApplicationMessage> _messages = [];
    private readonly List<InternalNote> _notes = [];

    private JobApplication() => Motivation = string.Empty;

    public JobApplicationId Id { get; private set; }

    public CandidateId CandidateId { get; private set; }

    public VacancyId VacancyId { get; private set; }

    public EmployerId EmployerId { get; private set; }

    public ApplicationOrigin Origin { get; private set; }

    public ApplicationStage Stage { get; private set; }

    /// <summary>The employer member who invited the candidate; null for an application (and once data is deleted).</summary>
    public UserId? InvitedBy { get; private set; }

    public string Motivation { get; private set; }

    /// <summary>The application's own copy of the CV as it was sent: later profile changes do not alter it.</summary>
    public CvDocument? Cv { get; private set; }

    /// <summary>The candidate's choice to keep the data for a year after the vacancy closed, instead of four weeks.</summary>
    public bool KeepForAYear { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the candidate applied or accepted the invitation: from then on the employer sees who they are.</summary>
    public DateTimeOffset? ContactSharedAt { get; private set; }

    /// <summary>The vacancy while the application is open, null once it ended: a unique index keeps one open per vacancy.</summary>
    public VacancyId? OpenVacancyId { get; private set; }

    /// <summary>When the retention job deleted the personal data; null while it is kept.</summary>
    public DateTimeOffset? PersonalDataDeletedAt { get; private set; }

    public IReadOnlyList<StageChange> History => _history;

    public IReadOnlyList<ApplicationMessage> Messages => _messages;

    public IReadOnlyList<InternalNote> Notes => _notes;

    public bool IsOpen => !Stage.IsFinal();

    public bool ContactShared => ContactSharedAt is not null && PersonalDataDeletedAt is null;

    /// <summary>The candidate applies. <paramref name="cvCopy"/> is the application's own copy of their CV, if sent.</summary>
    public static JobApplication Apply(Candidate candidate, Vacancy vacancy, string motivation, CvDocument? cvCopy,
        bool keepForAYear, bool alreadyOpen, DateTimeOffset now, DateOnly today)
    {
        CheckRule(new VacancyMustTakeApplications(vacancy.Status, vacancy.ClosingDate, today));
        CheckRule(new OneOpenApplicationPerVacancy(alreadyOpen));
        var text = (motivation ?? string.Empty).Trim();
        CheckRule(new ApplicationTextMustFit(nameof(Motivation), text, MotivationMaxLength, required: false));
        var application = Start(candidate.Id, vacancy, ApplicationOrigin.Applied, now);
        application.Motivation = text;
        application.Cv = cvCopy;
        application.KeepForAYear = keepForAYear;
        application.ContactSharedAt = now;
        application.Record(ApplicationStage.Applied, ApplicationSide.Candidate, candidate.UserId, now);
        return application;
    }

    /// <summary>An employer member invites a visible candidate who matches; an optional first message goes with it.</summary>
    public static JobApplication Invite(Vacancy vacancy, Candidate candidate, bool matches, bool alreadyOpen,
        UserId by, string? message, DateTimeOffset now, DateOnly today)
    {
        CheckRule(new VacancyMustTakeApplications(vacancy.Status, vacancy.ClosingDate, today));
        CheckRule(new InviteeMustBeVisibleMatch(candidate.VisibleToEmployers, matches));
        CheckRule(new OneOpenApplicationPerVacancy(alreadyOpen));
        var application = Start(candidate.Id, vacancy, ApplicationOrigin.Invited, now);
        application.InvitedBy = by;
        application.Record(ApplicationStage.Invited, ApplicationSide.Employer, by, now);
        if (!string.IsNullOrWhiteSpace(message))
        {
            application.Post(ApplicationSide.Employer, by, message, now);
        }

        return application;
    }

    private static JobApplication Start(CandidateId candidate, Vacancy vacancy, ApplicationOrigin origin,
        DateTimeOffset now) => new()
        {
            Id = JobApplicationId.New(), CandidateId = candidate, VacancyId = vacancy.Id, EmployerId = vacancy.EmployerId,
            Origin = origin, CreatedAt = now, OpenVacancyId = vacancy.Id,
        };

    private void Record(ApplicationStage to, ApplicationSide side, UserId by, DateTimeOffset now)
    {
        _history.Add(StageChange.Of(_history.Count == 0 ? null : Stage, to, side, by, now));
        Stage = to;
        UpdatedAt = now;
        OpenVacancyId = to.IsFinal() ? null : VacancyId;
    }
}
