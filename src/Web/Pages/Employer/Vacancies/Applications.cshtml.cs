using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Applications.ListVacancyApplications;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Placements.ListVacancyPlacements;
using TalentMatch.Application.Placements.Shared;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Web.Pages.Employer.Vacancies;

/// <summary>The applications and placements of one of our vacancies (another organisation's is "not found").</summary>
public sealed class ApplicationsModel(ISender sender) : PageModel
{
    public VacancyDto Vacancy { get; private set; } = null!;

    public PagedResult<ApplicationSummaryDto> Applications { get; private set; } = null!;

    public IReadOnlyList<PlacementDto> Placements { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Applications = await sender.Send(new ListVacancyApplicationsQuery(id, 1, PageRules.MaxPageSize), cancellationToken);
        Placements = await sender.Send(new ListVacancyPlacementsQuery(id), cancellationToken);
        Vacancy = await sender.Send(new GetVacancyQuery(id), cancellationToken);
    }
}
