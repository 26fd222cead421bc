namespace TalentMatch.Web.Pages.Candidate.Applications;

public sealed class ReportInput
{
    public DateOnly? StartDate { get; set; }
}
