namespace TalentMatch.Domain.Vacancies;

public readonly record struct VacancyId(Guid Value)
{
    public static VacancyId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
