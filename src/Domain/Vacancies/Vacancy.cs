using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies.Rules;

namespace TalentMatch.Domain.Vacancies;

/// <summary>
/// A job an employer offers. Draft → Published → Closed or Filled; every change is kept in <see cref="History"/>.
/// A draft changes freely. A published vacancy keeps what candidates applied and were matched on (see
/// <see cref="FixedWhenPublished"/>): its description, title, start and closing date may change, its salary may go up
/// and support may be added. Closed and filled vacancies are final.
/// </summary>
public sealed partial class Vacancy : Entity
{
    public const int TitleMaxLength = 150;
    public const int DescriptionMaxLength = 20_000;
    public const int MaxSkills = 40;
    public const int MaxLanguages = 6;
    public const int MaxCertificates = 10;

    private readonly List<RequiredSkill> _skills = [];
    private readonly List<LanguageSkill> _languages = [];
    private readonly List<RequiredCertificate> _certificates = [];
    private readonly List<VacancyHistoryEntry> _history = [];

    private Vacancy() => Title = Description = string.Empty;

    public VacancyId Id { get; private set; }

    public EmployerId EmployerId { get; private set; }

    public VacancyStatus Status { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public Sector? Sector { get; private set; }

    public OccupationUri? Occupation { get; private set; }

    public IReadOnlyList<RequiredSkill> Skills => _skills;

    public IReadOnlyList<LanguageSkill> Languages => _languages;

    /// <summary>The minimum education level; null when none is asked.</summary>
    public EducationLevel? EducationLevel { get; private set; }

    public bool DiplomaRecognitionRequired { get; private set; }

    public bool BigRegistrationRequired { get; private set; }

    public IReadOnlyList<RequiredCertificate> Certificates => _certificates;

    public int? HoursMin { get; private set; }

    public int? HoursMax { get; private set; }

    public ContractType? ContractType { get; private set; }

    public int? SalaryFrom { get; private set; }

    public int? SalaryTo { get; private set; }

    public string? PlaceName { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public WorkMode? WorkMode { get; private set; }

    public bool VisaSponsorship { get; private set; }

    public bool RelocationSupport { get; private set; }

    public bool HousingSupport { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? ClosingDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyList<VacancyHistoryEntry> History => _history;

    public HoursRange? Hours => HoursRange.CreateOptional(HoursMin, HoursMax);

    public SalaryRange? Salary => SalaryRange.CreateOptional(SalaryFrom, SalaryTo);

    public VacancyLocation? Location => PlaceName is null || Latitude is null || Longitude is null
        ? null
        : new VacancyLocation(PlaceName, new GeoPoint(Latitude.Value, Longitude.Value));

    public bool IsFinal => Status is VacancyStatus.Closed or VacancyStatus.Filled;

    public static Vacancy Draft(Employer employer, VacancyDetails details, UserId by, DateTimeOffset now)
    {
        CheckRule(new VisaSponsorshipNeedsRecognisedSponsor(details.VisaSponsorship, employer.IsRecognisedSponsor));
        var vacancy = new Vacancy
        {
            Id = VacancyId.New(), EmployerId = employer.Id, Status = VacancyStatus.Draft, CreatedAt = now,
        };
        vacancy.Apply(details, now);
        vacancy._history.Add(VacancyHistoryEntry.Of(VacancyAction.Created, null, VacancyStatus.Draft, by, now));
        return vacancy;
    }

    public void Edit(Employer employer, VacancyDetails details, UserId by, DateTimeOffset now, DateOnly today)
    {
        CheckOwner(employer);
        CheckRule(new ClosedVacanciesAreFinal(Status));
        var before = Details();
        var changed = ChangedFields(before, details);
        CheckRule(new PublishedTermsAreFixed(Status, [.. changed.Intersect(FixedWhenPublished)]));
        CheckRule(new PublishedSalaryMayNotGoDown(Status, before.Salary, details.Salary));
        CheckRule(new PublishedSupportMayNotBeWithdrawn(Status, before, details));
        CheckRule(new VisaSponsorshipNeedsRecognisedSponsor(details.VisaSponsorship && !before.VisaSponsorship,
            employer.IsRecognisedSponsor));
        if (Status == VacancyStatus.Published)
        {
            CheckRule(new VacancyMustBeComplete(MissingIn(details)));
            CheckRule(new ClosingDateMustNotBeInThePast(details.ClosingDate, today));
        }

        if (changed.Count == 0)
        {
            return;
        }

        Apply(details, now);
        _history.Add(VacancyHistoryEntry.Of(VacancyAction.Edited, Status, Status, by, now, changed));
    }

    public void Publish(Employer employer, UserId by, DateTimeOffset now, DateOnly today)
    {
        CheckOwner(employer);
        CheckRule(new ClosedVacanciesAreFinal(Status));
        CheckRule(new OnlyDraftsArePublished(Status));
        CheckRule(new VacancyMustBeComplete(MissingForPublication()));
        CheckRule(new ClosingDateMustNotBeInThePast(ClosingDate, today));
        CheckRule(new VisaSponsorshipNeedsRecognisedSponsor(VisaSponsorship, employer.IsRecognisedSponsor));
        PublishedAt = now;
        MoveTo(VacancyStatus.Published, VacancyAction.Published, by, now);
    }

    public void Close(Employer employer, UserId by, DateTimeOffset now) =>
        End(employer, VacancyStatus.Closed, VacancyAction.Closed, by, now);

    public void MarkFilled(Employer employer, UserId by, DateTimeOffset now) =>
        End(employer, VacancyStatus.Filled, VacancyAction.Filled, by, now);

    /// <summary>The fields publishing still needs, by name (empty when complete).</summary>
    public IReadOnlyList<string> MissingForPublication() => MissingIn(Details());

    private void End(Employer employer, VacancyStatus to, VacancyAction action, UserId by, DateTimeOffset now)
    {
        CheckOwner(employer);
        CheckRule(new ClosedVacanciesAreFinal(Status));
        CheckRule(new OnlyPublishedVacanciesClose(Status));
        MoveTo(to, action, by, now);
    }

    private void MoveTo(VacancyStatus to, VacancyAction action, UserId by, DateTimeOffset now)
    {
        _history.Add(VacancyHistoryEntry.Of(action, Status, to, by, now));
        Status = to;
        UpdatedAt = now;
    }

    private void CheckOwner(Employer employer)
    {
        if (employer.Id != EmployerId)
        {
            throw new ArgumentException("The vacancy belongs to another employer.", nameof(employer));
        }
    }
}
