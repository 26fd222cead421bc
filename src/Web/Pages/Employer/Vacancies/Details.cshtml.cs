using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Vacancies.CloseVacancy;
using TalentMatch.Application.Vacancies.FillVacancy;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.PublishVacancy;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer.Vacancies;

/// <summary>One of the organisation's vacancies: its state, what publishing still needs, the actions and the history.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public VacancyDto Vacancy { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        await sender.TrySendAsync(new PublishVacancyCommand(Id), ModelState, cancellationToken)
            ? RedirectToPage(new { id = Id }) : await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        await sender.TrySendAsync(new CloseVacancyCommand(Id), ModelState, cancellationToken)
            ? RedirectToPage(new { id = Id }) : await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostFillAsync(CancellationToken cancellationToken) =>
        await sender.TrySendAsync(new FillVacancyCommand(Id), ModelState, cancellationToken)
            ? RedirectToPage(new { id = Id }) : await ShowAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Vacancy = await sender.Send(new GetVacancyQuery(Id), cancellationToken);
        // Only members manage; anyone else sees the public page (another employer's draft is already a 404).
        return Vacancy.CanManage ? Page() : RedirectToPage("/Vacancies/Details", new { id = Id });
    }
}
