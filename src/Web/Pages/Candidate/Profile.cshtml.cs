using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentMatch.Application.Candidates.GetMyProfile;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>The candidate's profile at a glance: how complete it is, what is missing, and each section with a link to change it.</summary>
public sealed class ProfileModel(ISender sender, IStringLocalizer<SharedResource> texts) : PageModel
{
    /// <summary>TempData key for the one-line confirmation the profile pages show after a change.</summary>
    public const string StatusKey = "ProfileStatus";

    public MyProfileDto Profile { get; private set; } = null!;

    public IStringLocalizer Texts => texts;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Profile = await sender.Send(new GetMyProfileQuery(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            cancellationToken);

    /// <summary>Where each missing section is filled in.</summary>
    public static string LinkTo(string section) => section switch
    {
        "Cv" => "/Candidate/Cv",
        "Skills" => "/Candidate/Skills",
        "Occupations" => "/Candidate/EditProfile#occupations",
        "Languages" => "/Candidate/EditProfile#languages",
        "Education" => "/Candidate/EditProfile#education",
        "WorkAuthorisation" => "/Candidate/EditProfile#work-authorisation",
        "Availability" => "/Candidate/EditProfile#availability",
        _ => "/Candidate/EditProfile#location",
    };
}
