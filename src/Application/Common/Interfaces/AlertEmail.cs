namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// What an alert e-mail says: one section per alert (an instant e-mail has one), links to manage the alerts and to
/// unsubscribe from every alert in it (the same link as the <c>List-Unsubscribe</c> header). Values are plain text;
/// the renderer encodes them.
/// </summary>
public sealed record AlertEmail(
    string Culture, AlertEmailKind Kind, IReadOnlyList<AlertEmailSection> Sections, string ManageLink, string UnsubscribeLink)
{
    public int ItemCount => Sections.Sum(s => s.TotalItems);
}
