namespace TalentMatch.Web.Pages.Candidate.Applications;

public sealed class ApplyInput
{
    public string? Motivation { get; set; }

    public bool IncludeCv { get; set; }

    public bool KeepForAYear { get; set; }
}
