using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// The new items of one alert. <paramref name="Items"/> are the ones shown (the best first); <paramref name="TotalItems"/>
/// counts all, and <paramref name="MoreLink"/> leads to the rest when not all are shown.
/// </summary>
public sealed record AlertEmailSection(
    string AlertName, AlertKind Kind, IReadOnlyList<AlertEmailItem> Items, int TotalItems, string UnsubscribeLink,
    string? MoreLink);
