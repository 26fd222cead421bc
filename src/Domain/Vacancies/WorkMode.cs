namespace TalentMatch.Domain.Vacancies;

public enum WorkMode
{
    OnSite = 0,
    Hybrid = 1,
    Remote = 2,
}
