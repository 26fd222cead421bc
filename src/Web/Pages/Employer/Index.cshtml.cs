using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Employers.GetMyOrganisation;

namespace TalentMatch.Web.Pages.Employer;

public sealed class IndexModel(ISender sender) : PageModel
{
    public MyOrganisationDto Organisation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisation = await sender.Send(new GetMyOrganisationQuery(), cancellationToken);
}
