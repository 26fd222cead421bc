using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class VacancyMustBeComplete(IReadOnlyList<string> missing) : IBusinessRule
{
    public bool IsBroken() => missing.Count > 0;

    public IReadOnlyList<string> Missing => missing;

    public string Code => "VacancyIncomplete";

    public string Message => "Before publishing, fill in the title, description, sector, occupation, hours, contract type, "
        + "salary, location, work mode and closing date.";
}
