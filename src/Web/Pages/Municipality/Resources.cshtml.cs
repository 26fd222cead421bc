using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.GapResources.AddGapResource;
using TalentMatch.Application.GapResources.DeleteGapResource;
using TalentMatch.Application.GapResources.ListGapResources;
using TalentMatch.Application.GapResources.Shared;
using TalentMatch.Application.GapResources.UpdateGapResource;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Municipality;

/// <summary>
/// The routes candidates see under a missing requirement (a Dutch course, diploma evaluation...). The municipality
/// adds, changes and removes them; ?edit={id} puts one route in the form.
/// </summary>
public sealed class ResourcesModel(ISender sender) : PageModel
{
    [BindProperty]
    public ResourcesInput Input { get; set; } = new();

    public IReadOnlyList<GapResourceDto> Resources { get; private set; } = [];

    /// <summary>What the last good POST did: "added", "saved" or "deleted".</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? edit, CancellationToken cancellationToken)
    {
        Resources = await sender.Send(new ListGapResourcesQuery(), cancellationToken);
        if (edit is null)
        {
            return Page();
        }

        if (Resources.SingleOrDefault(r => r.Id == edit) is not { } resource)
        {
            return NotFound();
        }

        Input = new ResourcesInput
        {
            Id = resource.Id, Obstacle = resource.Obstacle, TitleEn = resource.TitleEn, TitleNl = resource.TitleNl,
            DescriptionEn = resource.DescriptionEn, DescriptionNl = resource.DescriptionNl, Url = resource.Url,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var ok = Input.Id is { } id
            ? await sender.TrySendAsync(new UpdateGapResourceCommand(id, Input.Obstacle, Input.TitleEn, Input.TitleNl,
                Input.DescriptionEn, Input.DescriptionNl, Input.Url), ModelState, cancellationToken)
            : (await sender.TrySendForResultAsync(new AddGapResourceCommand(Input.Obstacle, Input.TitleEn, Input.TitleNl,
                Input.DescriptionEn, Input.DescriptionNl, Input.Url), ModelState, cancellationToken)).Ok;
        if (ok)
        {
            Done = Input.Id is null ? "added" : "saved";
            return RedirectToPage();
        }

        Resources = await sender.Send(new ListGapResourcesQuery(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteGapResourceCommand(id), cancellationToken);
        Done = "deleted";
        return RedirectToPage();
    }
}
