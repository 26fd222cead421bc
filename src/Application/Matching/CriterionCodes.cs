namespace TalentMatch.Application.Matching;

/// <summary>The criteria a match is made of, with the arguments each one carries (all invariant strings).</summary>
public static class CriterionCodes
{
    /// <summary>Arguments: the vacancy's occupation URI, then (met or partial) the candidate's closest occupation URI.</summary>
    public const string Occupation = "occupation";

    /// <summary>Arguments: skills held, skills asked (counts).</summary>
    public const string EssentialSkills = "essential-skills";

    /// <summary>Arguments: skills held, skills asked (counts).</summary>
    public const string OptionalSkills = "optional-skills";

    /// <summary>One per required language. Arguments: language code, level asked, the candidate's level (absent when missing).</summary>
    public const string Language = "language";

    /// <summary>Arguments: the <c>EducationLevel</c> asked, the candidate's (absent when not stated).</summary>
    public const string Education = "education";

    /// <summary>Only when the vacancy requires diploma recognition. No arguments.</summary>
    public const string Recognition = "recognition";

    /// <summary>Only when the vacancy requires BIG registration. No arguments.</summary>
    public const string Big = "big";

    /// <summary>One per required certificate. Arguments: the certificate code.</summary>
    public const string Certificate = "certificate";

    /// <summary>Arguments: a <see cref="MatchVariants"/> value; for a student, also the hours limit and the vacancy's minimum hours.</summary>
    public const string WorkAuthorisation = "work-authorisation";

    /// <summary>Arguments: a <see cref="MatchVariants"/> value; for commute and too far, also distance and maximum commute in km.</summary>
    public const string Location = "location";

    /// <summary>Arguments: available from, start date (ISO yyyy-MM-dd).</summary>
    public const string Availability = "availability";

    /// <summary>Arguments: the candidate's minimum and maximum hours, the vacancy's minimum and maximum.</summary>
    public const string Hours = "hours";

    /// <summary>Only when the candidate needs housing. No arguments.</summary>
    public const string Housing = "housing";
}
