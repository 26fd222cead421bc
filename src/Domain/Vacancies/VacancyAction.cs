namespace TalentMatch.Domain.Vacancies;

public enum VacancyAction
{
    Created = 0,
    Edited = 1,
    Published = 2,
    Closed = 3,
    Filled = 4,
}
