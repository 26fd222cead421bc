using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Applications.AcceptJobInvitation;
using TalentMatch.Application.Applications.ChooseRetention;
using TalentMatch.Application.Applications.DeclineJobInvitation;
using TalentMatch.Application.Applications.DownloadApplicationCv;
using TalentMatch.Application.Applications.GetMyApplication;
using TalentMatch.Application.Applications.SendApplicationMessage;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Applications.WithdrawApplication;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Domain.Applications;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Candidate.Applications;

/// <summary>
/// One of the candidate's applications: the stages in humane words, the messages, and what they can do now (answer
/// an invitation, write, withdraw, choose how long the data is kept). Another candidate's id is "not found".
/// </summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public MyApplicationDto Application { get; private set; } = null!;

    public bool HasCv { get; private set; }

    /// <summary>What the last good POST did (shown once): applied, message, accepted, declined, withdrawn, retention.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.KeepForAYear = Application.KeepForAYear;
    }

    public async Task<IActionResult> OnPostMessageAsync(CancellationToken cancellationToken)
    {
        if ((await sender.TrySendForResultAsync(new SendApplicationMessageCommand(Id, ApplicationSide.Candidate, Input.Text),
                ModelState, cancellationToken)).Ok)
        {
            Done = "message";
            return RedirectToPage(new { id = Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        SendAsync(new AcceptJobInvitationCommand(Id, Input.IncludeCv, Input.KeepForAYear),
            "accepted", cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken) =>
        SendAsync(new DeclineJobInvitationCommand(Id), "declined", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        SendAsync(new WithdrawApplicationCommand(Id), "withdrawn", cancellationToken);

    public Task<IActionResult> OnPostRetentionAsync(CancellationToken cancellationToken) =>
        SendAsync(new ChooseRetentionCommand(Id, Input.KeepForAYear), "retention", cancellationToken);

    public async Task<IActionResult> OnGetCvAsync(CancellationToken cancellationToken)
    {
        var file = await sender.Send(new DownloadApplicationCvQuery(Id, ApplicationSide.Candidate), cancellationToken);
        CvUpload.NoSniffNoCache(Response);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> SendAsync<TCommand>(TCommand command, string done, CancellationToken cancellationToken)
        where TCommand : ICommand
    {
        if (await sender.TrySendAsync(command, ModelState, cancellationToken))
        {
            Done = done;
            return RedirectToPage(new { id = Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Application = await sender.Send(new GetMyApplicationQuery(Id), cancellationToken);
        if (Application.CanAnswerInvitation)
        {
            HasCv = (await sender.Send(new GetMyProfileQuery(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
                cancellationToken)).Cv is not null;
        }
    }
}
