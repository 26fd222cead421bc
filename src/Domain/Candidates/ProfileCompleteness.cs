namespace TalentMatch.Domain.Candidates;

/// <summary>How much of a profile is filled in: a percentage (100 only when nothing is missing) and what is missing.</summary>
public sealed record ProfileCompleteness(int Percent, IReadOnlyList<ProfileSection> Missing)
{
    public bool IsComplete => Missing.Count == 0;

    public static ProfileCompleteness Of(Candidate candidate)
    {
        var sections = Enum.GetValues<ProfileSection>();
        var missing = sections.Where(s => !IsFilled(candidate, s)).ToList();
        return new ProfileCompleteness((sections.Length - missing.Count) * 100 / sections.Length, missing);
    }

    private static bool IsFilled(Candidate candidate, ProfileSection section) => section switch
    {
        ProfileSection.Occupations => candidate.DesiredOccupations.Count > 0,
        ProfileSection.Skills => candidate.Skills.Count > 0,
        ProfileSection.Languages => candidate.Languages.Count > 0,
        ProfileSection.Education => candidate.EducationLevel is not null,
        ProfileSection.WorkAuthorisation => candidate.WorkAuthorisation is not null,
        ProfileSection.Availability => candidate.HoursPerWeek is not null,
        ProfileSection.Location => candidate.Home is not null || candidate.WillingToRelocate,
        ProfileSection.Cv => candidate.Cv is not null,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}
