using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using TalentMatch.Application.Applications.AddApplicationNote;
using TalentMatch.Application.Applications.DownloadApplicationCv;
using TalentMatch.Application.Applications.GetApplication;
using TalentMatch.Application.Applications.MoveApplicationStage;
using TalentMatch.Application.Applications.SendApplicationMessage;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Domain.Applications;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer.Applications;

/// <summary>
/// An application to one of the organisation's vacancies: the candidate (anonymous until they applied or accepted),
/// stages, messages and internal notes. Another organisation's application is "not found".
/// </summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> MessageField = new() { ["Text"] = nameof(ApplicationWorkInput.Message) };
    private static readonly Dictionary<string, string> NoteField = new() { ["Text"] = nameof(ApplicationWorkInput.Note) };

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ApplicationWorkInput Input { get; set; } = new();

    public ApplicationDto Application { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Stages { get; private set; } = [];

    /// <summary>What the last good POST did: stage, message, note, hired.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostStageAsync(CancellationToken cancellationToken) =>
        SendAsync(new MoveApplicationStageCommand(Id, Input.Stage), "stage", null, cancellationToken);

    public Task<IActionResult> OnPostMessageAsync(CancellationToken cancellationToken) =>
        SendAsync(new SendApplicationMessageCommand(Id, ApplicationSide.Employer, Input.Message), "message", MessageField,
            cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken) =>
        SendAsync(new AddApplicationNoteCommand(Id, Input.Note), "note", NoteField, cancellationToken);

    public async Task<IActionResult> OnGetCvAsync(CancellationToken cancellationToken)
    {
        var file = await sender.Send(new DownloadApplicationCvQuery(Id, ApplicationSide.Employer), cancellationToken);
        CvUpload.NoSniffNoCache(Response);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string done,
        IReadOnlyDictionary<string, string>? fields, CancellationToken cancellationToken)
    {
        if ((await sender.TrySendForResultAsync(command, ModelState, cancellationToken, fields)).Ok)
        {
            Done = done;
            return RedirectToPage(new { id = Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> SendAsync(ICommand command, string done,
        IReadOnlyDictionary<string, string>? fields, CancellationToken cancellationToken)
    {
        if (await sender.TrySendAsync(command, ModelState, cancellationToken, fields))
        {
            Done = done;
            return RedirectToPage(new { id = Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Application = await sender.Send(new GetApplicationQuery(Id), cancellationToken);
        Stages = [.. Application.AllowedStages.Select(s =>
            new SelectListItem(ApplicationTexts.ForEmployer(Enum.Parse<ApplicationStage>(s)), s))];
    }
}
