namespace TalentMatch.Application.Matching;

/// <summary>
/// How much each criterion counts. The score is the weighted share of credit over the criteria that apply to the
/// pair, so a vacancy that asks no certificate is not scored on certificates. They add up to 100 when all apply.
/// </summary>
public static class MatchWeights
{
    /// <summary>
    /// What both sides name first, but a stated wish rather than evidence: kept below the essential skills so that a
    /// candidate who can do a related job is not buried under vacancies that only share the title (see docs/matching.md).
    /// </summary>
    public const double Occupation = 15;

    /// <summary>The largest share: essential skills are what the job needs, whatever the title says.</summary>
    public const double EssentialSkills = 35;

    /// <summary>Nice to have: enough to order equally qualified candidates, too little to outweigh essentials.</summary>
    public const double OptionalSkills = 8;

    /// <summary>All required languages together (shared between them): in the Netherlands often the deciding gap.</summary>
    public const double Languages = 12;

    /// <summary>Skills show most of what a diploma level says; a level below is often accepted with experience.</summary>
    public const double Education = 5;

    /// <summary>Closable but slow (months); the employer asked for it.</summary>
    public const double Recognition = 4;

    /// <summary>A legal requirement for protected healthcare professions; months of procedure.</summary>
    public const double Big = 6;

    /// <summary>All required certificates together (shared): most take days or weeks to get.</summary>
    public const double Certificates = 5;

    /// <summary>The hard case (a sponsor is needed and not offered) is excluded before scoring; what is left is small.</summary>
    public const double WorkAuthorisation = 4;

    /// <summary>Whether the candidate can get there: commuting, remote work or relocating.</summary>
    public const double Location = 8;

    /// <summary>Start dates usually move by a few weeks.</summary>
    public const double Availability = 2;

    /// <summary>Hours are often negotiable within a few hours.</summary>
    public const double Hours = 3;

    /// <summary>Leiden's housing shortage makes this real, but only when the candidate needs housing.</summary>
    public const double Housing = 3;
}
