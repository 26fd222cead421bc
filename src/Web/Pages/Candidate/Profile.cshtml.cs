using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Candidates.GetMyProfile;

namespace TalentMatch.Web.Pages.Candidate;

public sealed class ProfileModel(ISender sender) : PageModel
{
    public MyProfileDto Profile { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Profile = await sender.Send(new GetMyProfileQuery(), cancellationToken);
}
