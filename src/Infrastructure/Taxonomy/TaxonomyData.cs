using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Taxonomy;

/// <summary>The loaded taxonomy, with concepts addressed by ordinal (their position in the arrays).</summary>
internal sealed class TaxonomyData
{
    public required EscoOccupation[] Occupations { get; init; }

    public required Dictionary<OccupationUri, int> OccupationOrdinals { get; init; }

    public required EscoSkill[] Skills { get; init; }

    public required Dictionary<SkillUri, int> SkillOrdinals { get; init; }

    /// <summary>By occupation ordinal: essential skills first, then optional.</summary>
    public required OccupationSkill[][] SkillsOfOccupation { get; init; }

    /// <summary>By skill ordinal.</summary>
    public required OccupationUri[][] OccupationsOfSkill { get; init; }

    /// <summary>By occupation ordinal: the broader occupation's ordinal, or -1.</summary>
    public required int[] Broader { get; init; }

    public required int[][] Narrower { get; init; }

    public required Dictionary<IscoCode, IscoGroup> IscoGroups { get; init; }
}
