namespace TalentMatch.Web.Pages.Candidate.Applications;

/// <summary>The candidate's forms on an application: a message, accepting an invitation, the retention choice.</summary>
public sealed class ApplicationInput
{
    public string? Text { get; set; }

    public bool IncludeCv { get; set; }

    public bool KeepForAYear { get; set; }
}
