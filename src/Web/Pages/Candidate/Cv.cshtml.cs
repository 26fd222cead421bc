using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentMatch.Application.Candidates.DeleteMyCv;
using TalentMatch.Application.Candidates.DownloadMyCv;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Candidates.UploadMyCv;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>Upload, download and delete the candidate's own CV; the file is served from the data folder by this page only.</summary>
[RequestSizeLimit(CvUpload.RequestSizeLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = CvUpload.RequestSizeLimit)]
public sealed class CvModel(ISender sender, IStringLocalizer<SharedResource> texts) : PageModel
{
    [BindProperty]
    public CvInput Input { get; set; } = new();

    public CvDto? Cv { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await using var content = Input.File?.OpenReadStream();
        if (await sender.TrySendCommandAsync(new UploadMyCvCommand(content, Input.File?.FileName), ModelState,
                cancellationToken) is not null)
        {
            TempData[ProfileModel.StatusKey] = texts["Your CV has been saved."].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var file = await sender.Send(new DownloadMyCvQuery(), cancellationToken);
        CvUpload.NoSniffNoCache(Response);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteMyCvCommand(), cancellationToken);
        TempData[ProfileModel.StatusKey] = texts["Your CV has been deleted."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Cv = (await sender.Send(new GetMyProfileQuery(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            cancellationToken)).Cv;
}
