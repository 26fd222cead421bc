using System.Globalization;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Matching;

/// <summary>
/// Turns a <see cref="MatchCriterion"/> into a sentence for the reader, in English or Dutch, with occupation labels
/// in the reader's language (any of the taxonomy's five), e.g. "Dutch: B1 asked, you have A2".
/// </summary>
public sealed class MatchExplainer(ITaxonomy taxonomy)
{
    /// <summary>In the current UI culture.</summary>
    public string Explain(MatchCriterion criterion) => Explain(criterion, CultureInfo.CurrentUICulture);

    public string Explain(MatchCriterion criterion, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var template = MatchingMessages.Find(Key(criterion) + "." + criterion.Status, culture)
            ?? MatchingMessages.Find(Key(criterion), culture)
            ?? throw new InvalidOperationException($"No message for criterion '{criterion.Code}' ({criterion.Status}).");
        var arguments = criterion.Arguments.Select((a, i) => Format(criterion.Code, i, a, culture)).ToArray<object>();
        return string.Format(culture, template, arguments);
    }

    /// <summary>Criteria with situations name them in the first argument; a few have a form for missing data.</summary>
    private static string Key(MatchCriterion criterion) => criterion.Code switch
    {
        CriterionCodes.WorkAuthorisation or CriterionCodes.Location => criterion.Code + "." + criterion.Arguments[0],
        CriterionCodes.Occupation when criterion.Arguments.Count == 0 => criterion.Code + ".none",
        CriterionCodes.Education when criterion.Arguments.Count == 1 => criterion.Code + ".unknown",
        _ => criterion.Code,
    };

    private string Format(string code, int index, string argument, CultureInfo culture) => code switch
    {
        CriterionCodes.Occupation => OccupationLabel(argument, culture),
        CriterionCodes.Language when index == 0 => MatchingMessages.Find("language-name." + argument, culture)
            ?? argument.ToUpperInvariant(),
        CriterionCodes.Education => MatchingMessages.Find("education-level." + argument, culture) ?? argument,
        CriterionCodes.Certificate => CertificateName(argument, culture),
        CriterionCodes.Availability => DateOnly.ParseExact(argument, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToString("d MMMM yyyy", culture),
        _ => argument,
    };

    private string OccupationLabel(string uri, CultureInfo culture)
    {
        var language = TaxonomyLanguage.FromCode(culture.TwoLetterISOLanguageName) ?? TaxonomyLanguage.Default;
        return OccupationUri.TryCreate(uri, out var occupation) && taxonomy.FindOccupation(occupation) is { } found
            ? found.Labels.PreferredIn(language)
            : uri;
    }

    /// <summary>The shipped certificates have names in both languages; others (added by the municipality) show their code.</summary>
    private static string CertificateName(string code, CultureInfo culture) =>
        ShippedCertificates.All.FirstOrDefault(c => c.Code.Value == code)?.Name(culture.TwoLetterISOLanguageName)
        ?? code;
}
