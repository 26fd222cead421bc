namespace TalentMatch.Web;

/// <summary>
/// Marker for the names of vacancy choices (sectors, contract types, work modes, education levels, languages,
/// states...) shared by several pages: Resources/VacancyTexts.resx (English) and VacancyTexts.nl.resx.
/// </summary>
public sealed class VacancyTexts;
