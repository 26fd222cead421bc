namespace TalentMatch.Web.Pages.Candidate;

public sealed class CvInput
{
    public IFormFile? File { get; set; }
}
