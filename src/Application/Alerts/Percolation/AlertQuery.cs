using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Percolation;

/// <summary>
/// A stored subscription as the percolator indexes it: the constraints a new item must be able to meet, flattened
/// so an item is checked only against subscriptions it can possibly match (<see cref="IAlertPercolator"/>). A null or
/// empty constraint means "any". The exact decision is <c>AlertConfirmation</c>'s, never the percolator's.
/// </summary>
/// <param name="Topics">
/// Terms of which a new item must share at least one: "occ:&lt;ESCO URI&gt;", "isco:&lt;4 digits&gt;",
/// "skill:&lt;ESCO URI&gt;", "sector:&lt;code&gt;". Empty: any topic.
/// </param>
/// <param name="Latitude">With <paramref name="Longitude"/> and <paramref name="RadiusKm"/>: only items within the radius.</param>
/// <param name="RequiresSponsorship">Only vacancies that sponsor a visa (a candidate who needs a sponsor).</param>
/// <param name="ExcludesNeedsSponsor">Only candidates who need no sponsor (a vacancy that cannot sponsor).</param>
public sealed record AlertQuery(
    Guid SubscriptionId,
    AlertKind Kind,
    IReadOnlyList<string> Topics,
    double? Latitude,
    double? Longitude,
    double? RadiusKm,
    bool RequiresSponsorship,
    bool ExcludesNeedsSponsor);
