using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Accounts.ConfirmEmail;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Account;

public sealed class ConfirmEmailModel(ISender sender) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid userId, string? code, CancellationToken cancellationToken) =>
        Confirmed = await sender.TrySendAsync(new ConfirmEmailCommand(userId, code ?? string.Empty), ModelState,
            cancellationToken, fieldMap: new Dictionary<string, string> { ["UserId"] = string.Empty, ["Code"] = string.Empty });
}
