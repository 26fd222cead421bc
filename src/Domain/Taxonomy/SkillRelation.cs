namespace TalentMatch.Domain.Taxonomy;

/// <summary>How ESCO links a skill to an occupation.</summary>
public enum SkillRelation
{
    /// <summary>Usually needed to do the job.</summary>
    Essential,

    /// <summary>Needed in some jobs of the occupation, or an advantage.</summary>
    Optional,
}
