using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Vacancies.ListPublishedVacancies;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Web.Pages.Vacancies;

/// <summary>The published vacancies, newest first, 20 a page.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public PagedResult<VacancySummaryDto> Vacancies { get; private set; } = null!;

    public bool HasNext => Vacancies.Total > Vacancies.Page * Vacancies.PageSize;

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken) =>
        Vacancies = await sender.Send(new ListPublishedVacanciesQuery(Math.Clamp(p ?? 1, 1, PageRules.MaxPage)),
            cancellationToken);
}
