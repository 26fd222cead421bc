namespace TalentMatch.Domain.Vacancies;

/// <summary>Reading and writing the fields as one <see cref="VacancyDetails"/>, and comparing two versions.</summary>
public sealed partial class Vacancy
{
    /// <summary>The fields a published vacancy keeps (by <see cref="VacancyDetails"/> property name).</summary>
    public static IReadOnlySet<string> FixedWhenPublished { get; } = new HashSet<string>
    {
        nameof(VacancyDetails.Sector), nameof(VacancyDetails.Occupation), nameof(VacancyDetails.Skills),
        nameof(VacancyDetails.Languages), nameof(VacancyDetails.EducationLevel),
        nameof(VacancyDetails.DiplomaRecognitionRequired), nameof(VacancyDetails.BigRegistrationRequired),
        nameof(VacancyDetails.Certificates), nameof(VacancyDetails.Hours), nameof(VacancyDetails.ContractType),
        nameof(VacancyDetails.Location), nameof(VacancyDetails.WorkMode),
    };

    public VacancyDetails Details() => new(Title, Description, Sector, Occupation, [.. _skills], [.. _languages],
        EducationLevel, DiplomaRecognitionRequired, BigRegistrationRequired, [.. _certificates.Select(c => c.Code)],
        Hours, ContractType, Salary, Location, WorkMode, VisaSponsorship, RelocationSupport, HousingSupport, StartDate,
        ClosingDate);

    public static IReadOnlyList<string> ChangedFields(VacancyDetails a, VacancyDetails b)
    {
        var changed = new List<string>();
        void Check(string name, bool same)
        {
            if (!same)
            {
                changed.Add(name);
            }
        }

        Check(nameof(a.Title), a.Title == b.Title.Trim());
        Check(nameof(a.Description), a.Description == b.Description);
        Check(nameof(a.Sector), a.Sector == b.Sector);
        Check(nameof(a.Occupation), a.Occupation == b.Occupation);
        Check(nameof(a.Skills), a.Skills.ToHashSet().SetEquals(b.Skills));
        Check(nameof(a.Languages), a.Languages.ToHashSet().SetEquals(b.Languages));
        Check(nameof(a.EducationLevel), a.EducationLevel == b.EducationLevel);
        Check(nameof(a.DiplomaRecognitionRequired), a.DiplomaRecognitionRequired == b.DiplomaRecognitionRequired);
        Check(nameof(a.BigRegistrationRequired), a.BigRegistrationRequired == b.BigRegistrationRequired);
        Check(nameof(a.Certificates), a.Certificates.ToHashSet().SetEquals(b.Certificates));
        Check(nameof(a.Hours), a.Hours == b.Hours);
        Check(nameof(a.ContractType), a.ContractType == b.ContractType);
        Check(nameof(a.Salary), a.Salary == b.Salary);
        Check(nameof(a.Location), a.Location == b.Location);
        Check(nameof(a.WorkMode), a.WorkMode == b.WorkMode);
        Check(nameof(a.VisaSponsorship), a.VisaSponsorship == b.VisaSponsorship);
        Check(nameof(a.RelocationSupport), a.RelocationSupport == b.RelocationSupport);
        Check(nameof(a.HousingSupport), a.HousingSupport == b.HousingSupport);
        Check(nameof(a.StartDate), a.StartDate == b.StartDate);
        Check(nameof(a.ClosingDate), a.ClosingDate == b.ClosingDate);
        return changed;
    }

    private static List<string> MissingIn(VacancyDetails d)
    {
        var missing = new List<string>();
        void Need(string name, bool present)
        {
            if (!present)
            {
                missing.Add(name);
            }
        }

        Need(nameof(d.Title), !string.IsNullOrWhiteSpace(d.Title));
        Need(nameof(d.Description), !string.IsNullOrWhiteSpace(d.Description));
        Need(nameof(d.Sector), d.Sector is not null);
        Need(nameof(d.Occupation), d.Occupation is not null);
        Need(nameof(d.Hours), d.Hours is not null);
        Need(nameof(d.ContractType), d.ContractType is not null);
        Need(nameof(d.Salary), d.Salary is not null);
        Need(nameof(d.Location), d.Location is not null);
        Need(nameof(d.WorkMode), d.WorkMode is not null);
        Need(nameof(d.ClosingDate), d.ClosingDate is not null);
        return missing;
    }

    private void Apply(VacancyDetails d, DateTimeOffset now)
    {
        Title = d.Title.Trim();
        Description = d.Description;
        Sector = d.Sector;
        Occupation = d.Occupation;
        _skills.Clear();
        _skills.AddRange(d.Skills.DistinctBy(s => s.Skill).Take(MaxSkills));
        _languages.Clear();
        _languages.AddRange(d.Languages.DistinctBy(l => l.Language).Take(MaxLanguages));
        EducationLevel = d.EducationLevel;
        DiplomaRecognitionRequired = d.DiplomaRecognitionRequired;
        BigRegistrationRequired = d.BigRegistrationRequired;
        _certificates.Clear();
        _certificates.AddRange(d.Certificates.Distinct().Take(MaxCertificates).Select(c => new RequiredCertificate(c)));
        (HoursMin, HoursMax) = (d.Hours?.Min, d.Hours?.Max);
        ContractType = d.ContractType;
        (SalaryFrom, SalaryTo) = (d.Salary?.From, d.Salary?.To);
        (PlaceName, Latitude, Longitude) = (d.Location?.PlaceName, d.Location?.Point.Latitude, d.Location?.Point.Longitude);
        WorkMode = d.WorkMode;
        VisaSponsorship = d.VisaSponsorship;
        RelocationSupport = d.RelocationSupport;
        HousingSupport = d.HousingSupport;
        StartDate = d.StartDate;
        ClosingDate = d.ClosingDate;
        UpdatedAt = now;
    }
}
