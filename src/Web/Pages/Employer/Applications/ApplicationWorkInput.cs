namespace TalentMatch.Web.Pages.Employer.Applications;

/// <summary>The employer's forms on an application: the next stage, a message to the candidate, an internal note.</summary>
public sealed class ApplicationWorkInput
{
    public string? Stage { get; set; }

    public string? Message { get; set; }

    public string? Note { get; set; }
}
