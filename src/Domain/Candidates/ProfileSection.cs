namespace TalentMatch.Domain.Candidates;

/// <summary>The parts of a profile the completeness hint counts, in the order the profile page shows them.</summary>
public enum ProfileSection
{
    Occupations = 1,
    Skills = 2,
    Languages = 3,
    Education = 4,
    WorkAuthorisation = 5,
    Availability = 6,
    Location = 7,
    Cv = 8,
}
