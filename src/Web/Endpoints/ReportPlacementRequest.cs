namespace TalentMatch.Web.Endpoints;

/// <summary>"I found this job through TalentMatch": the vacancy, and the start date if known.</summary>
public sealed record ReportPlacementRequest(Guid VacancyId, DateOnly? StartDate = null);
