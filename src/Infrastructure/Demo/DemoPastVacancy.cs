namespace TalentMatch.Infrastructure.Demo;

/// <summary>A vacancy of the past year with its applicants; one to three of them were hired and it is filled now.</summary>
public sealed record DemoPastVacancy(DemoVacancy Vacancy, IReadOnlyList<DemoApplicant> Applicants);
