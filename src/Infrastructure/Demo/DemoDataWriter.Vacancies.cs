using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Infrastructure.Demo;

public sealed partial class DemoDataWriter
{
    /// <summary>Published vacancies, posted over the past months (history and publication date in the past).</summary>
    public async Task<int> WriteVacanciesAsync(IEnumerable<DemoVacancy> vacancies, IReadOnlyDictionary<int, Employer> employers,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var count = 0;
        foreach (var chunk in vacancies.Chunk(BatchSize))
        {
            foreach (var demo in chunk)
            {
                var employer = employers[demo.EmployerIndex];
                var posted = now.AddDays(-demo.PostedDaysAgo);
                var vacancy = Vacancy.Draft(employer, Details(demo, employer, today), employer.OwnerId, posted);
                vacancy.Publish(employer, employer.OwnerId, posted, today);
                db.Vacancies.Add(vacancy);
            }

            await SaveBatchAsync(cancellationToken);
            count += chunk.Length;
            progress?.Report(count);
        }

        return count;
    }

    private VacancyDetails Details(DemoVacancy demo, Employer employer, DateOnly today) => new(
        demo.Title, demo.Description, Sector.FromCode(employer.Sectors.FirstOrDefault()?.Code), demo.Occupation,
        [.. demo.EssentialSkills.Select(s => new RequiredSkill(s, SkillRelation.Essential)),
            .. demo.NiceToHaveSkills.Select(s => new RequiredSkill(s, SkillRelation.Optional))],
        demo.Languages, demo.Education, DiplomaRecognitionRequired: false,
        BigRegistrationRequired: demo.Certificates.Any(c => c.Value == "BIG"),
        [.. demo.Certificates.Where(c => c.Value != "BIG")], HoursRange.Create(demo.HoursMin, demo.HoursMax),
        demo.Index % 5 == 0 ? ContractType.FixedTerm : ContractType.Permanent,
        SalaryRange.Create(demo.SalaryMin, demo.SalaryMax), VacancyLocation.Of(places.Find(demo.PlaceName)!),
        demo.Index % 7 == 0 ? WorkMode.Hybrid : WorkMode.OnSite, demo.SponsorsVisa, RelocationSupport: demo.HousingSupport,
        demo.HousingSupport, StartDate: today.AddDays(30), ClosingDate: today.AddDays(demo.ClosesInDays));
}
