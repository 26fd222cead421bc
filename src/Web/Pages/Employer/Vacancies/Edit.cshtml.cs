using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Certificates.ListCertificates;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.Taxonomy.SearchOccupations;
using TalentMatch.Application.Vacancies.CreateVacancy;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.SuggestSkills;
using TalentMatch.Application.Vacancies.UpdateVacancy;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer.Vacancies;

/// <summary>
/// Creates (no id) or edits a vacancy. Without JavaScript the occupation is found in two steps on the server
/// (search, then choose); with it, a small autocomplete fills the same fields and submits the choose step. Choosing an
/// occupation offers its essential ESCO skills as required skills.
/// </summary>
public sealed class EditModel(ISender sender, VacancyChoices choices) : PageModel
{
    [BindProperty]
    public VacancyInput Input { get; set; } = new();

    /// <summary>The occupation picked from the server-side search results.</summary>
    [BindProperty]
    public string? ChosenOccupation { get; set; }

    [FromRoute]
    public Guid? Id { get; set; }

    public string Status { get; private set; } = "Draft";

    public VacancyChoices Choices => choices;

    public IReadOnlyList<TaxonomyEntryDto> OccupationMatches { get; private set; } = [];

    public bool Searched { get; private set; }

    public IReadOnlyList<CertificateDto> CertificateOptions { get; private set; } = [];

    public static string Language => SupportedCultures.OrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var vacancy = await sender.Send(new GetVacancyQuery(id), cancellationToken);
            if (!vacancy.CanManage || vacancy.Status is "Closed" or "Filled")
            {
                return RedirectToPage("Details", new { id });
            }

            Status = vacancy.Status;
            Input = VacancyInput.From(vacancy);
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSearchOccupationAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Searched = true;
        try
        {
            OccupationMatches = await sender.Send(new SearchOccupationsQuery(Input.OccupationQuery, Language, 10), cancellationToken);
        }
        catch (ValidationException e)
        {
            ModelState.AddErrors(e, new Dictionary<string, string> { ["q"] = nameof(Input.OccupationQuery), ["lang"] = string.Empty, ["limit"] = string.Empty });
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostChooseOccupationAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var uri = string.IsNullOrEmpty(ChosenOccupation) ? Input.OccupationUri : ChosenOccupation;
        try
        {
            var occupation = await sender.Send(new SuggestSkillsQuery(uri), cancellationToken);
            Input.OccupationUri = occupation.Uri;
            Input.OccupationLabel = Input.OccupationQuery = occupation.Label;
            Input.Sector = string.IsNullOrEmpty(Input.Sector) ? occupation.Sector ?? string.Empty : Input.Sector;
            var chosen = Input.Skills.Where(s => !string.IsNullOrEmpty(s.Relation)).ToList();
            Input.Skills = [.. chosen, .. occupation.Skills.Where(s => chosen.All(c => c.Uri != s.Uri))
                .Select(s => new SkillRow { Uri = s.Uri, Label = s.Label, Relation = "Essential" })];
        }
        catch (NotFoundException)
        {
            ModelState.AddModelError($"Input.{nameof(Input.OccupationQuery)}", Messages.Get("OccupationUnknown"));
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        var (fields, fieldMap) = Input.ToFields();
        if (Id is { } id)
        {
            return await sender.TrySendAsync(new UpdateVacancyCommand(id, fields), ModelState, cancellationToken, fieldMap)
                ? RedirectToPage("Details", new { id })
                : await ShowAsync(cancellationToken);
        }

        var (ok, created) = await sender.TrySendForResultAsync(new CreateVacancyCommand(fields), ModelState,
            cancellationToken, fieldMap);
        return ok ? RedirectToPage("Details", new { id = created }) : await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id && Request.Method == HttpMethods.Post)
        {
            Status = (await sender.Send(new GetVacancyQuery(id), cancellationToken)).Status;
        }

        Input.PadLanguages();
        CertificateOptions = await sender.Send(new ListCertificatesQuery(), cancellationToken);
        return Page();
    }
}
