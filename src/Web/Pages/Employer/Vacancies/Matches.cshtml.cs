using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Matching.GetVacancyMatches;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Web.Pages.Employer.Vacancies;

/// <summary>
/// The visible candidates who match one of our vacancies, anonymous, with what they meet and miss. Another
/// employer's vacancy is "not found" (the use case checks).
/// </summary>
public sealed class MatchesModel(ISender sender) : PageModel
{
    public const int Shown = 20;

    public VacancyDto Vacancy { get; private set; } = null!;

    public IReadOnlyList<CandidateMatchDto> Matches { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Matches = (await sender.Send(new GetVacancyMatchesQuery(id, Shown), cancellationToken)).Items;
        Vacancy = await sender.Send(new GetVacancyQuery(id), cancellationToken);
    }
}
