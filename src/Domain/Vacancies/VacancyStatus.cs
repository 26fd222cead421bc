namespace TalentMatch.Domain.Vacancies;

/// <summary>Draft → Published → Closed or Filled. Closed and Filled are final.</summary>
public enum VacancyStatus
{
    Draft = 0,
    Published = 1,
    Closed = 2,
    Filled = 3,
}
