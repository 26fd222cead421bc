namespace TalentMatch.Domain.Alerts;

/// <summary>What an alert watches for.</summary>
public enum AlertKind
{
    /// <summary>A candidate's saved vacancy search: new vacancies that the search finds.</summary>
    SavedSearch = 0,

    /// <summary>A candidate's "new vacancies that match my profile" (the match scorer decides).</summary>
    MatchingVacancies = 1,

    /// <summary>An employer's "new visible candidates that match this vacancy".</summary>
    MatchingCandidates = 2,
}
