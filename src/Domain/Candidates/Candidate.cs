using TalentMatch.Domain.Candidates.Rules;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.Candidates;

/// <summary>
/// An international looking for work, and the profile they build: the work they want (ESCO occupations), skills
/// (ESCO skills only), languages, qualifications, right to work, availability, location, housing need and CV.
/// Employers see the profile only when <see cref="VisibleToEmployers"/>; statistics use it only with consent.
/// </summary>
public sealed class Candidate : Entity
{
    public const int DisplayNameMaxLength = 100;
    public const int MaxDesiredOccupations = 5;
    public const int MaxSkills = 100;
    public const int MaxLanguages = 10;
    public const int MaxCertificates = 30;

    private readonly List<OccupationUri> _desiredOccupations = [];
    private readonly List<SkillUri> _skills = [];
    private readonly List<LanguageSkill> _languages = [];
    private readonly List<CertificateCode> _certificates = [];

    private Candidate() => DisplayName = string.Empty;

    public CandidateId Id { get; private set; }

    public UserId UserId { get; private set; }

    public string DisplayName { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public IReadOnlyList<OccupationUri> DesiredOccupations => _desiredOccupations;

    public IReadOnlyList<SkillUri> Skills => _skills;

    public IReadOnlyList<LanguageSkill> Languages => _languages;

    public EducationLevel? EducationLevel { get; private set; }

    public DiplomaRecognition Recognition { get; private set; } = DiplomaRecognition.None;

    public BigRegistrationStatus BigRegistration { get; private set; }

    public IReadOnlyList<CertificateCode> Certificates => _certificates;

    public WorkAuthorisation? WorkAuthorisation { get; private set; }

    public DateOnly? AvailableFrom { get; private set; }

    public WeeklyHours? HoursPerWeek { get; private set; }

    public HomeLocation? Home { get; private set; }

    public bool WillingToRelocate { get; private set; }

    public HousingNeed HousingNeed { get; private set; }

    /// <summary>Off until the candidate chooses it: employers find only visible profiles.</summary>
    public bool VisibleToEmployers { get; private set; }

    /// <summary>Off until the candidate chooses it: a separate choice from visibility.</summary>
    public bool ConsentsToStatistics { get; private set; }

    /// <summary>The group the candidate says they belong to, for anonymous statistics only (null: not said).</summary>
    public CandidateGroup? Group { get; private set; }

    public CvDocument? Cv { get; private set; }

    /// <summary>When the candidate last changed their profile or CV; null while they never did.</summary>
    public DateTimeOffset? ProfileUpdatedAt { get; private set; }

    public static Candidate Register(UserId userId, string displayName, DateTimeOffset now) => new()
    {
        Id = CandidateId.New(),
        UserId = userId,
        DisplayName = displayName.Trim(),
        RegisteredAt = now,
    };

    /// <summary>Replaces the whole profile; repeated occupations, skills and certificates count once.</summary>
    public void UpdateProfile(ProfileDetails details, DateTimeOffset now)
    {
        var occupations = details.DesiredOccupations.Distinct().ToList();
        var skills = details.Skills.Distinct().ToList();
        var certificates = details.Certificates.Distinct().ToList();
        CheckRule(new DesiredOccupationsMustBeOneToFive(occupations.Count));
        CheckRule(new SkillsMustNotExceedLimit(skills.Count));
        CheckRule(new LanguagesMustBeDistinct(details.Languages));
        CheckRule(new LanguagesMustNotExceedLimit(details.Languages.Count));
        CheckRule(new CertificatesMustNotExceedLimit(certificates.Count));
        CheckRule(new StudentsWorkAtMostSixteenHours(details.WorkAuthorisation, details.HoursPerWeek));

        Replace(_desiredOccupations, occupations);
        Replace(_skills, skills);
        Replace(_languages, details.Languages);
        Replace(_certificates, certificates);
        EducationLevel = details.EducationLevel;
        Recognition = details.Recognition;
        BigRegistration = details.BigRegistration;
        WorkAuthorisation = details.WorkAuthorisation;
        AvailableFrom = details.AvailableFrom;
        HoursPerWeek = details.HoursPerWeek;
        Home = details.Home;
        WillingToRelocate = details.WillingToRelocate;
        HousingNeed = details.HousingNeed;
        VisibleToEmployers = details.VisibleToEmployers;
        ConsentsToStatistics = details.ConsentsToStatistics;
        Group = details.Group;
        ProfileUpdatedAt = now;
    }

    /// <summary>Adds the skills not held yet (e.g. suggested ones the candidate confirmed); returns how many were new.</summary>
    public int AddSkills(IEnumerable<SkillUri> skills, DateTimeOffset now)
    {
        var added = skills.Distinct().Where(s => !_skills.Contains(s)).ToList();
        CheckRule(new SkillsMustNotExceedLimit(_skills.Count + added.Count));
        if (added.Count > 0)
        {
            _skills.AddRange(added);
            ProfileUpdatedAt = now;
        }

        return added.Count;
    }

    /// <summary>Sets the CV; returns the one it replaces (whose file the caller removes), if any.</summary>
    public CvDocument? ReplaceCv(CvDocument cv, DateTimeOffset now)
    {
        var previous = Cv;
        Cv = cv;
        ProfileUpdatedAt = now;
        return previous;
    }

    /// <summary>Removes the CV; returns it (whose file the caller removes), or null when there was none.</summary>
    public CvDocument? RemoveCv(DateTimeOffset now)
    {
        var removed = Cv;
        if (removed is not null)
        {
            Cv = null;
            ProfileUpdatedAt = now;
        }

        return removed;
    }

    public ProfileCompleteness Completeness() => ProfileCompleteness.Of(this);

    private static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        list.Clear();
        list.AddRange(items);
    }
}
