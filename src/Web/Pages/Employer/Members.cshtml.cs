using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Employers.GetMembers;
using TalentMatch.Application.Employers.InviteRecruiter;
using TalentMatch.Application.Employers.RemoveRecruiter;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer;

/// <summary>The organisation's accounts; the owner invites and removes recruiters.</summary>
public sealed class MembersModel(ISender sender) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public MembersDto Members { get; private set; } = null!;

    [TempData]
    public string? Invited { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Members = await sender.Send(new GetMembersQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var culture = SupportedCultures.OrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        if (await sender.TrySendAsync(new InviteRecruiterCommand(Input.Email.Trim(), culture), ModelState,
                cancellationToken, ruleField: nameof(Input.Email)))
        {
            Invited = Input.Email.Trim();
            return RedirectToPage();
        }

        Members = await sender.Send(new GetMembersQuery(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveRecruiterCommand(userId), cancellationToken);
        return RedirectToPage();
    }
}
