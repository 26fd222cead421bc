using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Vacancies.ListMyVacancies;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Web.Pages.Employer.Vacancies;

public sealed class IndexModel(ISender sender) : PageModel
{
    public PagedResult<VacancySummaryDto> Vacancies { get; private set; } = null!;

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken) =>
        Vacancies = await sender.Send(new ListMyVacanciesQuery(Math.Max(p ?? 1, 1), 50), cancellationToken);
}
