using TalentMatch.Domain.Applications;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>
/// The past year for the municipality's monitor: filled vacancies, each with <see cref="ApplicantsPerVacancy"/>
/// applicants (new candidates who want its occupation, four in five consenting to statistics): one to three hired,
/// the others not selected at some stage or withdrawn.
/// </summary>
public sealed class DemoHistoryGenerator(DemoOccupations occupations)
{
    public const int ApplicantsPerVacancy = 4;

    private const int Kind = 6;

    public IEnumerable<DemoPastVacancy> Generate(int count, IReadOnlyList<DemoEmployer> employers, int seed)
    {
        var candidates = new DemoCandidateGenerator(occupations);
        return new DemoVacancyGenerator(occupations).GeneratePast(count, employers, seed).Select(vacancy =>
        {
            var random = new DemoRandom(seed, Kind, vacancy.Index);
            var hires = random.Next(1, ApplicantsPerVacancy);
            return new DemoPastVacancy(vacancy, [.. Enumerable.Range(0, ApplicantsPerVacancy).Select(a =>
            {
                var hired = a < hires;
                var candidate = candidates.Applicant(((vacancy.Index - 1) * ApplicantsPerVacancy) + a + 1, seed, vacancy.Occupation);
                candidate = hired ? candidate with { VisibleToEmployers = false } : candidate;
                var outcome = hired ? ApplicationStage.Hired
                    : random.Pick([ApplicationStage.NotSelected, ApplicationStage.NotSelected, ApplicationStage.Withdrawn]);
                var furthest = hired ? ApplicationStage.Hired.Step() : random.PickWeighted([1, 2, 3, 4], step => 5 - step);
                return new DemoApplicant(candidate, random.Next(3, 240), random.Next(1, 15), outcome, furthest,
                    [.. Enumerable.Range(0, 5).Select(_ => random.Next(2, 9))],
                    HousingArranged: candidate.NeedsHousing && (vacancy.HousingSupport ? random.Chance(0.8) : random.Chance(0.15)));
            })]);
        });
    }
}
