using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Infrastructure.Search.Indexing;

namespace TalentMatch.Web.Pages.Admin;

/// <summary>
/// The search indexes: rebuild one from the database and follow the progress (the page refreshes itself while a
/// rebuild runs). Searches keep using the current index until the new one is complete.
/// </summary>
public sealed class SearchModel(RebuildLauncher launcher, RebuildProgress progress) : PageModel
{
    public IReadOnlyList<RebuildStatus> Statuses { get; private set; } = [];

    public bool AnyRunning => Statuses.Any(s => s.Running);

    [TempData]
    public string? Message { get; set; }

    public void OnGet() => Statuses = progress.Latest;

    public IActionResult OnPost(string index)
    {
        if (!Enum.TryParse<IndexName>(index, ignoreCase: true, out var name) || !Enum.IsDefined(name))
        {
            return BadRequest();
        }

        Message = launcher.TryStart(name, "asked for by an administrator") ? "started" : "running";
        return RedirectToPage();
    }
}
