using System.Collections;

namespace TalentMatch.Application.UnitTests.Search;

/// <summary>Every text a flat DTO carries (its values and the items of its lists), to check no personal data slipped in.</summary>
internal static class PersonalData
{
    public static IReadOnlyList<string> TextsOf(object dto) =>
        [.. dto.GetType().GetProperties().Select(p => p.GetValue(dto)).SelectMany(Texts)];

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        null => [],
        string text => [text],
        IEnumerable items => items.OfType<object>().Select(item => item.ToString() ?? string.Empty),
        _ => [value.ToString() ?? string.Empty],
    };
}
