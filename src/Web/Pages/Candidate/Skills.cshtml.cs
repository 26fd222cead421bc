using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentMatch.Application.Candidates.AddMySkills;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Application.Candidates.MatchSkillsFromText;
using TalentMatch.Application.Candidates.SuggestSkills;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>
/// Skills made easy: the essential ESCO skills of the chosen occupations, each added with one click; and free text
/// mapped to ESCO skills, of which the candidate ticks the ones that fit. Only ESCO skills are ever stored.
/// </summary>
public sealed class SkillsModel(ISender sender, IStringLocalizer<SharedResource> texts) : PageModel
{
    [BindProperty]
    public SkillsInput Input { get; set; } = new();

    /// <summary>The skill URIs to add: one from a suggestion's button, or the ticked matches.</summary>
    [BindProperty]
    public List<string> Skills { get; set; } = [];

    public MyProfileDto Profile { get; private set; } = null!;

    public IReadOnlyList<SkillSuggestionDto> Suggestions { get; private set; } = [];

    public IReadOnlyList<SkillMatchDto>? Matches { get; private set; }

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var map = Enumerable.Range(0, Skills.Count).ToDictionary(i => $"Skills[{i}]", _ => string.Empty);
        map["Skills"] = string.Empty;
        if (await sender.TrySendCommandAsync(new AddMySkillsCommand(Skills), ModelState, cancellationToken, map) is { } added)
        {
            TempData[ProfileModel.StatusKey] = texts["Skills added to your profile: {0}.", added.Value].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMatchAsync(CancellationToken cancellationToken)
    {
        Matches = (await sender.TrySendQueryAsync(new MatchSkillsFromTextQuery(Input.Text, Language), ModelState,
            cancellationToken))?.Value;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetMyProfileQuery(Language), cancellationToken);
        Suggestions = await sender.Send(new SuggestSkillsQuery(Language), cancellationToken);
    }
}
