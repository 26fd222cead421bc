namespace TalentMatch.Application.Alerts.Matching;

/// <summary>When a profile alert ("new vacancies that match my profile", "new candidates for this vacancy") fires.</summary>
public static class AlertScores
{
    /// <summary>
    /// The lowest match score worth an e-mail. Below it the pair still shows on the matches page (ranked low), but a
    /// mail for it would be noise: most such pairs share only a generic skill.
    /// </summary>
    public const int Minimum = 40;
}
