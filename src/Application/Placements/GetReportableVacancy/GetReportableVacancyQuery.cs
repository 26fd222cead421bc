using Mediator;

namespace TalentMatch.Application.Placements.GetReportableVacancy;

/// <summary>
/// For a signed-in candidate: the title and employer of a vacancy that was published (also when closed or filled
/// since), to report a job found through it. A draft or unknown id is "not found".
/// </summary>
public sealed record GetReportableVacancyQuery(Guid VacancyId) : IQuery<ReportableVacancyDto>;
