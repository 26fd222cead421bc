using TalentMatch.Application.Places;

namespace TalentMatch.Application.Search;

/// <summary>The words of a search text that name a Dutch place: they only add relevance next to other words.</summary>
public static class PlaceWords
{
    public static IReadOnlyCollection<string> In(string? text, IPlaceDirectory places) =>
        [.. SearchWords.Split(text).Where(w => !FunctionWords.Contains(w) && places.Find(w) is not null).Distinct()];
}
