namespace TalentMatch.Infrastructure.Demo;

/// <summary>Short vacancy texts in Dutch or English (basic HTML, as the rich-text editor would produce).</summary>
public static class DemoTexts
{
    public static string VacancyDescription(string title, DemoEmployer employer, string place, int hours, bool dutch) =>
        dutch
            ? $"<p>{employer.Name} in {place} zoekt een <strong>{title}</strong> voor {hours} uur per week.</p>"
              + "<p>Je werkt in een team dat internationale collega's welkom heet. Wij helpen met de Nederlandse taal"
              + (employer.OffersHousing ? " en met huisvesting" : string.Empty) + ".</p>"
            : $"<p>{employer.Name} in {place} is looking for a <strong>{title}</strong> for {hours} hours a week.</p>"
              + "<p>You join a team that welcomes international colleagues. We support you in learning Dutch"
              + (employer.OffersHousing ? " and in finding a place to live" : string.Empty) + ".</p>";
}
