namespace TalentMatch.Web.Pages.Candidate;

public sealed class SkillsInput
{
    /// <summary>What the candidate can do, in their own words; mapped to ESCO skills for them to confirm.</summary>
    public string Text { get; set; } = string.Empty;
}
