using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Infrastructure.Email.File;

namespace TalentMatch.Web.Pages.Dev;

/// <summary>Development only: the messages the file adapter wrote, so links in them can be followed.</summary>
public sealed class OutboxModel(FileOutboxMailbox mailbox, IWebHostEnvironment environment) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<FileOutboxEntry> Messages { get; private set; } = [];

    public FileOutboxMessage? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? message, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        if (message is not null)
        {
            Selected = await mailbox.ReadAsync(message, cancellationToken);
            return Selected is null ? NotFound() : Page();
        }

        Messages = await mailbox.ListAsync(PageSize, cancellationToken);
        return Page();
    }
}
