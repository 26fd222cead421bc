namespace TalentMatch.Web.Pages.Candidate;

/// <summary>
/// The profile form. Numbers and the date are text here so that a typo becomes a message on its field, not a
/// binding failure; <see cref="ProfileInputMapping"/> turns them into the command.
/// </summary>
public sealed class ProfileInput
{
    public List<string> Occupations { get; set; } = [];

    public string OccupationQuery { get; set; } = string.Empty;

    public List<string> Skills { get; set; } = [];

    public string SkillQuery { get; set; } = string.Empty;

    public List<LanguageRow> Languages { get; set; } = [];

    public string EducationLevel { get; set; } = string.Empty;

    public string RecognitionStatus { get; set; } = string.Empty;

    public string RecognitionBody { get; set; } = string.Empty;

    public string BigRegistration { get; set; } = string.Empty;

    public List<string> Certificates { get; set; } = [];

    public string WorkAuthorisation { get; set; } = string.Empty;

    public string AvailableFrom { get; set; } = string.Empty;

    public string HoursPerWeekMin { get; set; } = string.Empty;

    public string HoursPerWeekMax { get; set; } = string.Empty;

    public string HomePlace { get; set; } = string.Empty;

    public string MaxCommuteKm { get; set; } = string.Empty;

    public bool WillingToRelocate { get; set; }

    public string HousingNeed { get; set; } = string.Empty;

    public bool VisibleToEmployers { get; set; }

    public bool ConsentToStatistics { get; set; }

    public string Group { get; set; } = string.Empty;
}
