using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Employers.GetMyOrganisation;
using TalentMatch.Application.Employers.UpdateMyOrganisation;
using EmployerRules = TalentMatch.Domain.Employers.Employer;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer;

/// <summary>The owner edits the organisation's details; recruiters get 403.</summary>
public sealed class OrganisationModel(ISender sender, VacancyChoices choices) : PageModel
{
    private static readonly IReadOnlyDictionary<string, string> FieldMap =
        Enumerable.Range(0, EmployerRules.MaxLocations * 2).Select(i => ($"Locations[{i}]", "Locations"))
            .Concat(Enumerable.Range(0, 10).Select(i => ($"Sectors[{i}]", "Sectors")))
            .ToDictionary(p => p.Item1, p => p.Item2);

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public VacancyChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetMyOrganisationQuery(), cancellationToken);
        if (!organisation.IsOwner)
        {
            throw new ForbiddenAccessException();
        }

        Input = new OrganisationInput
        {
            Name = organisation.Name, Sectors = [.. organisation.Sectors], Locations = string.Join(", ", organisation.Locations),
            IsRecognisedSponsor = organisation.IsRecognisedSponsor, SponsorCheckedOn = organisation.SponsorCheckedOn,
            OffersRelocationSupport = organisation.OffersRelocationSupport, OffersHousing = organisation.OffersHousing,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new UpdateMyOrganisationCommand(Input.Name, Input.Sectors, Input.LocationList(),
            Input.IsRecognisedSponsor, Input.SponsorCheckedOn, Input.OffersRelocationSupport, Input.OffersHousing);
        return await sender.TrySendAsync(command, ModelState, cancellationToken, FieldMap, nameof(Input.SponsorCheckedOn))
            ? RedirectToPage("Index")
            : Page();
    }
}
