using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Application.Candidates.GetProfileForm;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.Taxonomy.SearchOccupations;
using TalentMatch.Application.Taxonomy.SearchSkills;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>
/// The whole profile in one sectioned form. Occupations and skills are found with the ESCO search: in the browser by
/// taxonomy-search.js, without JavaScript by the Search buttons, which show results to tick and keep the rest.
/// </summary>
public sealed class EditProfileModel(ISender sender, IStringLocalizer<SharedResource> texts) : PageModel
{
    public const int SearchResults = 10;
    private const int MinLanguageRows = 3;

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public ProfileFormDto Form { get; private set; } = new([], [], []);

    public IReadOnlyList<TaxonomyEntryDto>? OccupationResults { get; private set; }

    public IReadOnlyList<TaxonomyEntryDto>? SkillResults { get; private set; }

    public IReadOnlyList<SelectListItem> Languages { get; } = LanguageChoices.Items();

    public IStringLocalizer Texts => texts;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = (await sender.Send(new GetMyProfileQuery(Language), cancellationToken)).ToInput();
        await PrepareAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = Input.ToCommand(out var typos);
        foreach (var (field, message) in typos)
        {
            ModelState.AddModelError($"Input.{field}", texts[message]);
        }

        if (command is not null && await sender.TrySendAsync(command, ModelState, cancellationToken, Input.FieldMap()))
        {
            TempData[ProfileModel.StatusKey] = texts["Your profile has been saved."].Value;
            return RedirectToPage("Profile");
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSearchOccupationsAsync(CancellationToken cancellationToken)
    {
        OccupationResults = (await SearchAsync(new SearchOccupationsQuery(Input.OccupationQuery, Language, SearchResults),
            nameof(Input.OccupationQuery), cancellationToken)).Where(r => !Input.Occupations.Contains(r.Uri)).ToList();
        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSearchSkillsAsync(CancellationToken cancellationToken)
    {
        SkillResults = (await SearchAsync(new SearchSkillsQuery(Input.SkillQuery, Language, SearchResults),
            nameof(Input.SkillQuery), cancellationToken)).Where(r => !Input.Skills.Contains(r.Uri)).ToList();
        await PrepareAsync(cancellationToken);
        return Page();
    }

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private async Task<IReadOnlyList<TaxonomyEntryDto>> SearchAsync(IQuery<IReadOnlyList<TaxonomyEntryDto>> query,
        string field, CancellationToken cancellationToken) =>
        (await sender.TrySendQueryAsync(query, ModelState, cancellationToken,
            new Dictionary<string, string> { ["q"] = field, ["lang"] = string.Empty, ["limit"] = string.Empty }))?.Value ?? [];

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Form = await sender.Send(new GetProfileFormQuery(Language, Input.Occupations, Input.Skills), cancellationToken);
        var filled = Input.Languages.Count(l => !l.IsEmpty);
        while (Input.Languages.Count < Math.Min(Domain.Candidates.Candidate.MaxLanguages, Math.Max(MinLanguageRows, filled + 1)))
        {
            Input.Languages.Add(new LanguageRow());
        }
    }
}
