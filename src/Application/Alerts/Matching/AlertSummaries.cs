using System.Globalization;
using TalentMatch.Application.Matching;

namespace TalentMatch.Application.Alerts.Matching;

/// <summary>
/// The line an alert e-mail shows under an item: why it matches, from the match explanation, in the alert's language
/// — what is met first, then what is missing (the e-mail links to the page with the routes to close a gap).
/// </summary>
public sealed class AlertSummaries(MatchExplainer explainer)
{
    public const int MetShown = 3;
    public const int MissingShown = 2;

    public string Of(MatchResult? result, string culture)
    {
        if (result is null)
        {
            return string.Empty;
        }

        var reader = CultureInfo.GetCultureInfo(culture);
        var met = result.Criteria.Where(c => c.Status == MatchStatus.Met).Take(MetShown);
        var missing = result.Criteria.Where(c => c.Status == MatchStatus.Missing).Take(MissingShown);
        return string.Join(" · ", met.Concat(missing).Select(c => explainer.Explain(c, reader)));
    }
}
