using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Matching;

/// <summary>
/// How telling a skill is: one that few ESCO occupations list (e.g. "weld using gas tungsten arc") says more about
/// fitting a job than one that many list (e.g. "work in a team"). An inverse document frequency over occupations.
/// </summary>
internal static class SkillSpecificity
{
    public static double Of(ITaxonomy taxonomy, SkillUri skill)
    {
        var listedBy = taxonomy.OccupationsWith(skill).Count;
        return Math.Log(1 + ((double)taxonomy.Occupations.Count / (1 + listedBy)));
    }
}
