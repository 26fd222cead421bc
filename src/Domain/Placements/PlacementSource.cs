namespace TalentMatch.Domain.Placements;

/// <summary>How TalentMatch learnt of the placement.</summary>
public enum PlacementSource
{
    /// <summary>The employer hired the candidate through an application on the platform.</summary>
    Hired = 0,

    /// <summary>The candidate reported a job found through a match, without applying here; the employer confirms.</summary>
    Reported = 1,
}
