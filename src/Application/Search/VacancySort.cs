namespace TalentMatch.Application.Search;

public enum VacancySort
{
    /// <summary>Best text match first; newest first when there is no text.</summary>
    Relevance = 0,

    /// <summary>Newest publication first.</summary>
    Date = 1,

    /// <summary>Nearest first; needs <see cref="VacancySearchRequest.Near"/>.</summary>
    Distance = 2,

    /// <summary>Highest upper salary first; vacancies without salary last.</summary>
    Salary = 3,
}
