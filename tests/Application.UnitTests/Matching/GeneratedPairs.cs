using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Matching;

/// <summary>
/// Candidates and vacancies from a seed, of real ESCO occupations of the four sectors, varying every criterion the
/// scorer weighs: related occupations (a broader one wanted too), skills, languages and levels, education,
/// recognition and BIG, certificates, place, commute and relocation, remote work, each work authorisation (students
/// within their hours), start dates, hours and housing.
/// </summary>
internal sealed class GeneratedPairs(ITaxonomy taxonomy, Random random)
{
    private static readonly Place[] Places =
    [
        MatchExamples.Leiden, MatchExamples.Groningen, new("Den Haag", "0518", new GeoPoint(52.0705, 4.3007)),
    ];

    private static readonly string[] LanguageCodes = ["nl", "en", "de"];
    private static readonly string[] CertificateCodes = ["VCA-BASIS", "VCA-VOL", "BHV"];

    private readonly ITaxonomy _taxonomy = taxonomy;
    private readonly Random _random = random;
    private readonly List<EscoOccupation> _occupations =
        [.. taxonomy.Occupations.Where(o => o.Sector is not null).OrderBy(o => o.Uri.Value, StringComparer.Ordinal)];

    public Vacancy Vacancy() => MatchExamples.Vacancy(VacancyDetails());

    public Candidate Candidate() => MatchExamples.Candidate(ProfileDetails());

    private VacancyDetails VacancyDetails()
    {
        var occupation = Pick(_occupations);
        var skills = _taxonomy.SkillsOf(occupation.Uri, SkillRelation.Essential).Where(_ => _random.Next(3) > 0)
            .Select(s => new RequiredSkill(s.Skill, SkillRelation.Essential))
            .Concat(_taxonomy.SkillsOf(occupation.Uri, SkillRelation.Optional).Where(_ => _random.Next(4) == 0)
                .Select(s => new RequiredSkill(s.Skill, SkillRelation.Optional)))
            .ToList();
        var min = 8 * _random.Next(1, 5);
        return new VacancyDetails(
            "Vacature", "<p>Werk.</p>", occupation.Sector, _random.Next(10) == 0 ? null : occupation.Uri, skills,
            [.. LanguageCodes.Where(_ => _random.Next(3) == 0).Select(c => MatchExamples.Speaks(c, (CefrLevel)_random.Next(2, 7)))],
            _random.Next(3) == 0 ? null : (EducationLevel)_random.Next(0, 11), _random.Next(4) == 0, _random.Next(5) == 0,
            [.. CertificateCodes.Where(_ => _random.Next(4) == 0).Select(CertificateCode.Create)],
            _random.Next(4) == 0 ? null : HoursRange.Create(min, min + (4 * _random.Next(0, 3))), ContractType.Permanent, null,
            _random.Next(8) == 0 ? null : VacancyLocation.Of(Pick(Places)),
            _random.Next(8) == 0 ? WorkMode.Remote : WorkMode.OnSite, _random.Next(3) == 0, _random.Next(3) == 0,
            _random.Next(3) == 0, _random.Next(3) == 0 ? null : MatchExamples.Today.AddDays(_random.Next(-20, 60)), null);
    }

    private ProfileDetails ProfileDetails()
    {
        var wanted = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(_occupations)).ToList();
        // Sometimes a neighbour in the ESCO tree or the ISCO group, so that related occupations occur.
        if (_random.Next(2) == 0 && _taxonomy.BroaderOf(wanted[0].Uri) is { } broader)
        {
            wanted.Add(broader);
        }

        var skills = wanted.SelectMany(o => _taxonomy.SkillsOf(o.Uri, SkillRelation.Essential)).Where(_ => _random.Next(2) == 0)
            .Select(s => s.Skill).Distinct().ToList();
        var authorisation = _random.Next(7) is var a && a == 6 ? (WorkAuthorisation?)null : (WorkAuthorisation)a;
        var recognition = _random.Next(3) switch
        {
            0 => DiplomaRecognition.None,
            1 => DiplomaRecognition.Create(RecognitionStatus.InProgress, RecognitionBody.IdwNuffic),
            _ => DiplomaRecognition.Create(RecognitionStatus.Recognised, RecognitionBody.Duo),
        };
        var min = 8 * _random.Next(1, 5);
        return new ProfileDetails(
            [.. wanted.Select(o => o.Uri).Distinct()], skills,
            [.. LanguageCodes.Where(_ => _random.Next(2) == 0).Select(c => MatchExamples.Speaks(c, (CefrLevel)_random.Next(1, 7)))],
            _random.Next(4) == 0 ? null : (EducationLevel)_random.Next(0, 11), recognition, (BigRegistrationStatus)_random.Next(0, 4),
            [.. CertificateCodes.Where(_ => _random.Next(2) == 0).Select(CertificateCode.Create)], authorisation,
            _random.Next(3) == 0 ? null : MatchExamples.Today.AddDays(_random.Next(-10, 90)),
            _random.Next(4) == 0 ? null : authorisation == WorkAuthorisation.StudentWithHoursLimit ? WeeklyHours.Create(8, 16) : WeeklyHours.Create(min, min + 8),
            _random.Next(5) == 0 ? null : HomeLocation.Create(Pick(Places), _random.Next(5, 80)),
            _random.Next(2) == 0, (HousingNeed)_random.Next(0, 3), VisibleToEmployers: true, ConsentsToStatistics: false);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
