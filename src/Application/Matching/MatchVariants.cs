namespace TalentMatch.Application.Matching;

/// <summary>The first argument of the work-authorisation and location criteria: which situation applies.</summary>
public static class MatchVariants
{
    /// <summary>Work authorisation: free access to the labour market.</summary>
    public const string FreeAccess = "free";

    /// <summary>Work authorisation: needs a sponsor and the vacancy sponsors.</summary>
    public const string Sponsored = "sponsored";

    /// <summary>Work authorisation: a student who may work a limited number of hours.</summary>
    public const string Student = "student";

    /// <summary>Work authorisation: another situation, to be checked.</summary>
    public const string Unclear = "unclear";

    /// <summary>Location: the work is remote.</summary>
    public const string Remote = "remote";

    /// <summary>Location: within the candidate's commute.</summary>
    public const string Commute = "commute";

    /// <summary>Location: out of reach, the candidate will relocate and the employer helps.</summary>
    public const string RelocateWithSupport = "relocate-support";

    /// <summary>Location: out of reach, the candidate will relocate on their own.</summary>
    public const string Relocate = "relocate";

    /// <summary>Location: out of reach and the candidate will not relocate.</summary>
    public const string TooFar = "too-far";
}
