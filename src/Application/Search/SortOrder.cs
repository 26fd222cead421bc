namespace TalentMatch.Application.Search;

/// <summary>The sort names the API and pages accept: relevance, date, distance, salary (case-insensitive).</summary>
public static class SortOrder
{
    public static bool TryParse(string? value, out VacancySort sort)
    {
        sort = VacancySort.Relevance;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var trimmed = value.Trim();
        return char.IsAsciiLetter(trimmed[0]) && !trimmed.Contains(',') && Enum.TryParse(trimmed, ignoreCase: true, out sort) && Enum.IsDefined(sort);
    }

    public static VacancySort Parse(string? value) => TryParse(value, out var sort) ? sort : VacancySort.Relevance;
}
