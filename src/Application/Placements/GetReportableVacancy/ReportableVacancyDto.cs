namespace TalentMatch.Application.Placements.GetReportableVacancy;

/// <summary>The vacancy a candidate is about to report as found through TalentMatch (it may have closed since).</summary>
public sealed record ReportableVacancyDto(Guid Id, string Title, string EmployerName, string Status);
