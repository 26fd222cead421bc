using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>
/// The ESCO occupations of the four sectors (those with essential skills: one, specialist dentist, has none), with
/// the level and pay typical for their ISCO major group.
/// </summary>
public sealed class DemoOccupations(ITaxonomy taxonomy)
{
    private readonly Lazy<IReadOnlyDictionary<Sector, IReadOnlyList<EscoOccupation>>> _bySector = new(() =>
        Sector.All.ToDictionary(s => s, s => (IReadOnlyList<EscoOccupation>)
            [.. taxonomy.Occupations
                .Where(o => o.Sector == s && taxonomy.SkillsOf(o.Uri, SkillRelation.Essential).Count > 0)
                .OrderBy(o => o.Uri.Value, StringComparer.Ordinal)]));

    private const double WeldingShare = 0.15;

    private readonly Lazy<IReadOnlyList<EscoOccupation>> _welding = new(() =>
        [.. taxonomy.Occupations
            .Where(o => o.IscoCode.Value == "7212" && taxonomy.SkillsOf(o.Uri, SkillRelation.Essential).Count > 0)
            .OrderBy(o => o.Uri.Value, StringComparer.Ordinal)]);

    public ITaxonomy Taxonomy => taxonomy;

    /// <summary>Sector weights: healthcare and construction have the largest shortages in the region.</summary>
    public static int Weight(Sector sector) => sector.Code switch
    {
        "healthcare" => 30, "construction" => 25, "education" => 25, _ => 20,
    };

    public IReadOnlyList<EscoOccupation> In(Sector sector) => _bySector.Value[sector];

    /// <summary>
    /// Welders (ISCO 7212). ESCO puts them in none of the four sectors, but construction and energy-transition
    /// employers in the region hire many ("lasser"), so the demo gives those sectors some welding jobs and people.
    /// </summary>
    public IReadOnlyList<EscoOccupation> Welding => _welding.Value;

    /// <summary>The occupations to draw from for a sector: now and then welding for construction and energy.</summary>
    public IReadOnlyList<EscoOccupation> ForDemo(Sector sector, DemoRandom random) =>
        (sector == Sector.Construction || sector == Sector.EnergyTransition) && random.Chance(WeldingShare)
            ? Welding
            : In(sector);

    public static EducationLevel TypicalEducation(EscoOccupation occupation, DemoRandom random) =>
        MajorGroup(occupation) switch
        {
            '1' or '2' => random.Pick([EducationLevel.HboBachelor, EducationLevel.WoBachelor, EducationLevel.Master]),
            '3' => random.Pick([EducationLevel.Mbo4, EducationLevel.AssociateDegree, EducationLevel.HboBachelor]),
            '5' => random.Pick([EducationLevel.Mbo2, EducationLevel.Mbo3]),
            '7' or '8' => random.Pick([EducationLevel.Mbo2, EducationLevel.Mbo3, EducationLevel.Mbo4]),
            _ => random.Pick([EducationLevel.None, EducationLevel.Mbo1, EducationLevel.Mbo2]),
        };

    /// <summary>Gross monthly salary range in euros (2026 collective agreements, rounded).</summary>
    public static (int Min, int Max) TypicalSalary(EscoOccupation occupation) => MajorGroup(occupation) switch
    {
        '1' => (4800, 7200),
        '2' => (3800, 6200),
        '3' => (3100, 4700),
        '5' => (2400, 3200),
        '7' or '8' => (2700, 4000),
        _ => (2300, 2900),
    };

    public IReadOnlyList<SkillUri> Skills(EscoOccupation occupation, SkillRelation relation) =>
        [.. taxonomy.SkillsOf(occupation.Uri, relation).Select(s => s.Skill)];

    private static char MajorGroup(EscoOccupation occupation) => occupation.IscoCode.Value[0];
}
