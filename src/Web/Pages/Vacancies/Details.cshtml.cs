using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Web.Pages.Vacancies;

/// <summary>A published vacancy (drafts and closed ones only for the employer's members; 404 for others).</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public VacancyDto Vacancy { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Vacancy = await sender.Send(new GetVacancyQuery(Id), cancellationToken);
}
