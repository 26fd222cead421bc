using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// ESCO files welders (ISCO 7212) under no TalentMatch sector, so the demo generator never makes one, yet "lasser" is
/// the product's benchmark query. A few construction and energy-transition documents get a welding occupation
/// instead, as pipe and structural welders in those sectors would.
/// </summary>
internal sealed class Welders(ITaxonomy taxonomy)
{
    /// <summary>The share of construction and energy-transition documents given a welding occupation.</summary>
    private const double Share = 0.05;

    private readonly IReadOnlyList<EscoOccupation> _occupations =
    [
        .. taxonomy.Occupations
            .Where(o => o.IscoCode.Value == "7212" && taxonomy.SkillsOf(o.Uri, SkillRelation.Essential).Count > 0)
            .OrderBy(o => o.Uri.Value, StringComparer.Ordinal),
    ];

    /// <summary>A welding occupation for some documents of these sectors, else null (keep the generated one).</summary>
    public EscoOccupation? Maybe(string? sector, Random random) =>
        sector is "construction" or "energy_transition" && _occupations.Count > 0 && random.NextDouble() < Share
            ? _occupations[random.Next(_occupations.Count)]
            : null;

    public IReadOnlyList<SkillUri> Skills(EscoOccupation occupation, SkillRelation relation, int count, Random random) =>
        [.. taxonomy.SkillsOf(occupation.Uri, relation).Select(s => s.Skill).OrderBy(_ => random.Next()).Take(count)];
}
