using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

public sealed record DemoVacancy(int Index, int EmployerIndex, OccupationUri Occupation, string Title, string Description,
    string TextLanguage, IReadOnlyList<SkillUri> EssentialSkills, IReadOnlyList<SkillUri> NiceToHaveSkills,
    IReadOnlyList<LanguageSkill> Languages, EducationLevel Education, IReadOnlyList<CertificateCode> Certificates,
    int HoursMin, int HoursMax, int SalaryMin, int SalaryMax, string PlaceName, bool SponsorsVisa, bool HousingSupport,
    int PostedDaysAgo, int ClosesInDays);
