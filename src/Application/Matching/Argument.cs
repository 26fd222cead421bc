using System.Globalization;

namespace TalentMatch.Application.Matching;

/// <summary>Criterion arguments are culture-independent text; the explainer formats them for the reader.</summary>
internal static class Argument
{
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
